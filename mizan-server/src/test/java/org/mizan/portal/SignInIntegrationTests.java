package org.mizan.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.Api;
import org.mizan.HttpIntegrationTest;
import org.mizan.kernel.PartyId;
import org.mizan.security.Accounts;
import org.mizan.security.Role;
import org.mizan.security.Username;
import org.springframework.beans.factory.annotation.Autowired;

/** People sign in to sessions over real HTTP: cookies, CSRF, lock-out, invitations and sign-out. */
class SignInIntegrationTests extends HttpIntegrationTest {

    static final String PASSWORD = "correct horse battery staple";

    @Autowired
    Accounts accounts;

    private static boolean registered;

    @BeforeEach
    void parties() {
        if (!registered) {
            String admin = adminKey();
            api.post("/api/v1/parties", admin, Api.json(Map.of("id", "signin-co", "name", "Sign-in Mining", "kind", "company",
                    "country", "PK")));
            registered = true;
        }
    }

    private String account(String name, Role role) {
        accounts.open(new Username(name), new PartyId(role == Role.ADMIN ? "mizan-operator" : "signin-co"), role, PASSWORD);
        return name;
    }

    @Test
    void signsInToAnHttpOnlySameSiteSessionWithANewIdAndSignsOut() {
        String name = account("si-operator", Role.OPERATOR);
        WebSession browser = new WebSession(baseUrl());
        browser.get("/sign-in");
        String before = browser.sessionId();
        WebSession.Page signedIn = browser.post("/sign-in", Map.of("username", "SI-Operator ", "password", PASSWORD));
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.location()).endsWith("/account");
        assertThat(browser.sessionId()).isNotEqualTo(before);
        assertThat(browser.cookieHeader(signedIn.response())).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");

        WebSession.Page account = browser.get("/account");
        assertThat(account.status()).isEqualTo(200);
        assertThat(account.body()).contains(">" + name + "<").contains(">signin-co<").contains("Mine operator");

        WebSession.Page out = browser.post("/sign-out", Map.of());
        assertThat(out.status()).isEqualTo(302);
        assertThat(browser.get("/account").location()).endsWith("/sign-in");
    }

    @Test
    void wrongPasswordShowsTheFormAgainWithTheNameKeptAndSaysNotWhichWasWrong() {
        account("si-wrong", Role.EXPORTER);
        WebSession browser = new WebSession(baseUrl());
        WebSession.Page wrong = browser.signIn("si-wrong", "not the password at all");
        WebSession.Page unknown = browser.signIn("si-nobody", "not the password at all");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).contains("The user name or the password is wrong.").contains("value=\"si-wrong\"");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.body()).contains("The user name or the password is wrong.").contains("value=\"si-nobody\"");
        assertThat(browser.get("/account").location()).endsWith("/sign-in");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAgainstEvenTheRightOne() {
        account("si-locked", Role.PROCESSOR);
        WebSession browser = new WebSession(baseUrl());
        for (int i = 0; i < 4; i++) {
            assertThat(browser.signIn("si-locked", "guess number " + i).body()).contains("is wrong");
        }
        WebSession.Page fifth = browser.signIn("si-locked", "guess number 5");
        assertThat(fifth.body()).contains("this account is locked until");
        WebSession.Page right = browser.signIn("si-locked", PASSWORD);
        assertThat(right.status()).isEqualTo(401);
        assertThat(right.body()).contains("this account is locked until");
        assertThat(accounts.find(new Username("si-locked")).orElseThrow().lockedUntil()).isPresent();
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedWithAPageAndSignsNobodyIn() {
        account("si-csrf", Role.AUDITOR);
        WebSession browser = new WebSession(baseUrl());
        browser.get("/sign-in");
        WebSession.Page forged = browser.postRaw("/sign-in", Map.of("username", "si-csrf", "password", PASSWORD));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("This form has expired or did not come from this site");
        assertThat(browser.get("/account").location()).endsWith("/sign-in");
        WebSession.Page forgedUrdu = browser.postRaw("/sign-in?lang=ur", Map.of("username", "si-csrf", "password", PASSWORD));
        assertThat(forgedUrdu.status()).isEqualTo(403);
    }

    @Test
    void aSessionCookieCarriesNoAuthorityIntoTheApi() {
        account("si-api", Role.ADMIN);
        WebSession browser = new WebSession(baseUrl());
        assertThat(browser.signIn("si-api", PASSWORD).status()).isEqualTo(302);
        WebSession.Page api = browser.post("/api/v1/parties", Map.of("id", "via-cookie", "name", "x", "kind", "company", "country", "PK"));
        assertThat(api.status()).isEqualTo(401);
        assertThat(this.api.get("/api/v1/parties/via-cookie").status()).isEqualTo(404);
    }

    @Test
    void anAdministratorInvitesAPersonWhoChoosesAPasswordOnceAndSignsIn() {
        account("si-admin", Role.ADMIN);
        WebSession admin = new WebSession(baseUrl());
        assertThat(admin.signIn("si-admin", PASSWORD).location()).endsWith("/admin/people");
        admin.get("/admin/people");
        WebSession.Page taken = admin.post("/admin/people", Map.of("username", "si-admin", "party", "signin-co", "role", "operator"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body()).contains("This user name is taken").contains("value=\"si-admin\"");
        WebSession.Page invited = admin.post("/admin/people", Map.of("username", "si-invited", "party", "signin-co", "role", "operator"));
        assertThat(invited.status()).isEqualTo(200);
        String link = invited.body().replaceAll("(?s).*<code id=\"invitation-link\">([^<]+)</code>.*", "$1");
        assertThat(link).startsWith("/invitations/");

        WebSession person = new WebSession(baseUrl());
        assertThat(person.get(link).body()).contains("This account is for si-invited.");
        WebSession.Page differ = person.post(link, Map.of("password", "a long enough one", "repeated", "a long enough two"));
        assertThat(differ.status()).isEqualTo(422);
        assertThat(differ.body()).contains("The two passwords differ");
        WebSession.Page shortOne = person.post(link, Map.of("password", "short", "repeated", "short"));
        assertThat(shortOne.body()).contains("at least 12 characters");
        WebSession.Page set = person.post(link, Map.of("password", PASSWORD, "repeated", PASSWORD));
        assertThat(set.location()).endsWith("/sign-in?welcome");
        assertThat(person.get(link).status()).isEqualTo(404);
        assertThat(person.signIn("si-invited", PASSWORD).location()).endsWith("/account");
    }

    @Test
    void pagesSpeakUrduRightToLeftOnceChosenAndRememberIt() {
        WebSession browser = new WebSession(baseUrl());
        WebSession.Page urdu = browser.get("/sign-in?lang=ur");
        assertThat(urdu.body()).contains("lang=\"ur\"").contains("dir=\"rtl\"").contains("صارف نام");
        assertThat(urdu.response().headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("mizan-lang=ur"));
        assertThat(browser.get("/sign-in").body()).contains("dir=\"rtl\"");
        assertThat(browser.get("/sign-in?lang=fr").body()).contains("dir=\"rtl\"");
        assertThat(browser.get("/sign-in?lang=en").body()).contains("lang=\"en\"").contains("dir=\"ltr\"").contains("User name");
    }
}
