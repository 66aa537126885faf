package org.mizan.portal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.mizan.HttpIntegrationTest;

/** Base of the portal's browser tests: the running server and a fresh headless Chromium for each test. */
abstract class BrowserIntegrationTest extends HttpIntegrationTest {

    protected Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}
