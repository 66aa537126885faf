package org.mizan.portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Who the signed-in person is, for whom they act, and the way out. */
@Controller
class AccountPage {

    @GetMapping("/account")
    String account() {
        return "portal/account";
    }
}
