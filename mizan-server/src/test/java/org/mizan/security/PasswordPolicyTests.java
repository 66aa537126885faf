package org.mizan.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private static final Username NAME = new Username("fwo");

    @Test
    void acceptsTwelveCharactersCountedAsCodePoints() {
        assertThat(PasswordPolicy.refusal("twelve chars", NAME)).isEmpty();
        // Twelve Urdu letters are twelve characters although they are 24 bytes.
        assertThat(PasswordPolicy.refusal("پاکستانمعدنی", NAME)).isEmpty();
        assertThat(PasswordPolicy.refusal("eleven char", NAME)).contains("password-too-short");
        assertThat(PasswordPolicy.refusal(null, NAME)).contains("password-too-short");
    }

    @Test
    void refusesWhatBcryptWouldCutAtSeventyTwoBytes() {
        assertThat(PasswordPolicy.refusal("a".repeat(72), NAME)).isEmpty();
        assertThat(PasswordPolicy.refusal("a".repeat(73), NAME)).contains("password-too-long");
        assertThat(PasswordPolicy.refusal("پ".repeat(37), NAME)).contains("password-too-long");
    }

    @Test
    void refusesAPasswordHoldingTheUserNameInAnyCase() {
        assertThat(PasswordPolicy.refusal("my FWO password", NAME)).contains("password-contains-username");
    }
}
