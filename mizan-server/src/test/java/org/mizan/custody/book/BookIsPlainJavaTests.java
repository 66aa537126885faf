package org.mizan.custody.book;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.mizan.custody.store.Lots;

/**
 * The book is custody's rules and nothing else: it must run, and be read, without a container, a
 * database or a JSON library, so that what it decides depends only on the events and the registry's
 * answers it is given.
 */
class BookIsPlainJavaTests {

    private static final ArchRule PLAIN_JAVA = noClasses().that().resideInAPackage("org.mizan.custody.book..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "tools.jackson..",
                    "com.fasterxml.jackson..", "java.sql..", "javax.sql..", "jakarta..")
            .because("the book holds custody's rules only; storage, HTTP and JSON live beside it");

    @Test
    void theBookUsesNeitherSpringNorJacksonNorJdbc() {
        JavaClasses book = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.mizan.custody.book");

        assertThat(book.contain(LotBook.class)).isTrue();
        PLAIN_JAVA.check(book);
    }

    @Test
    void theRuleSeesAClassThatUsesSpring() {
        // The same rule, applied to a store class imported as if it were in the book, must fail: the
        // check above passes because the book is clean, not because the rule is blind.
        JavaClasses store = new ClassFileImporter().importClasses(Lots.class);
        ArchRule storeAsBook = noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "tools.jackson..");

        assertThat(storeAsBook.evaluate(store).hasViolation()).isTrue();
    }
}
