package org.alliances.accounts;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin at first start, from {@code alliances.admin.email} and {@code alliances.admin.password}.
 * Without a configured password, a random one is generated and written once to the log.
 */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final AccountService accounts;
    private final String email;
    private final String password;

    FirstAdmin(AccountService accounts, @Value("${alliances.admin.email:admin@alliances.localhost}") String email,
               @Value("${alliances.admin.password:}") String password) {
        this.accounts = accounts;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.adminExists()) {
            return;
        }
        try {
            if (password.isBlank()) {
                var bytes = new byte[18];
                new SecureRandom().nextBytes(bytes);
                var generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                accounts.createAdmin(email, generated);
                log.warn("First admin created at the address ALLIANCES_ADMIN_EMAIL gives, with the generated password {} (change it, or set ALLIANCES_ADMIN_PASSWORD)",
                        generated);
            } else {
                accounts.createAdmin(email, password);
                log.info("First admin created at the address ALLIANCES_ADMIN_EMAIL gives");
            }
        } catch (DataIntegrityViolationException createdMeanwhile) {
            log.info("The first admin was created meanwhile by another instance");
        }
    }
}
