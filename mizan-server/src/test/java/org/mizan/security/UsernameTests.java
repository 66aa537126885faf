package org.mizan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mizan.kernel.Rejection;

class UsernameTests {

    @Test
    void readsWhatWasTypedTrimmedAndLowerCased() {
        assertThat(Username.typed("  Balochistan-MMDD ")).isEqualTo(new Username("balochistan-mmdd"));
    }

    @Test
    void refusesSpacesMarkupAndEmptiness() {
        for (String bad : new String[] {"", "a", "two words", "<script>", "-dash-first"}) {
            assertThatThrownBy(() -> Username.typed(bad)).isInstanceOf(Rejection.class);
        }
    }
}
