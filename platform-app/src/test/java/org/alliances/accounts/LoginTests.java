package org.alliances.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;

import org.alliances.TestSupport;
import org.alliances.accounts.AccountService.Credentials;
import org.alliances.kernel.OrganizationRegistration;
import org.alliances.kernel.Territories;
import org.alliances.kernel.TerritoryLevel;
import org.alliances.kernel.testing.MutableClock;
import org.alliances.kernel.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Logging in through the real security filter chain: lockout after 5 failures, unlock after 15 minutes, new session id. */
@SpringBootTest
@Import(TestSupport.class)
class LoginTests {

    @Autowired WebApplicationContext context;
    @Autowired AccountService accounts;
    @Autowired Territories territories;
    @Autowired MutableClock clock;
    MockMvc mvc;
    String email;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        email = TestData.email("login");
        accounts.register(OrganizationRegistration.association("Club de lecture", TestData.rna(), "69123"),
                new Credentials(email, TestData.PASSWORD, TestData.PASSWORD));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theRightPasswordLogsInWithANewSessionId() throws Exception {
        var session = new MockHttpSession();
        var before = session.getId();
        var result = mvc.perform(post("/login").session(session).param("username", email).param("password", TestData.PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/")).andReturn();
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        login(TestData.PASSWORD + "x").andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void fiveFailuresLockTheAccountForFifteenMinutes() throws Exception {
        for (int i = 0; i < 5; i++) {
            login("wrong password " + i).andExpect(redirectedUrl("/login?error"));
        }
        var session = new MockHttpSession();
        mvc.perform(post("/login").session(session).param("username", email).param("password", TestData.PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofMinutes(14));
        login(TestData.PASSWORD).andExpect(redirectedUrl("/login?error"));

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        login(TestData.PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void aSuccessResetsTheCountOfFailures() throws Exception {
        for (int i = 0; i < 4; i++) {
            login("wrong password " + i);
        }
        login(TestData.PASSWORD).andExpect(redirectedUrl("/"));
        for (int i = 0; i < 4; i++) {
            login("wrong password " + i);
        }
        login(TestData.PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void aPendingLocalAuthorityCannotLogInUntilApproved() throws Exception {
        var agent = TestData.email("pending");
        // La Roche-sur-Yon: a commune no other test of this context asks for
        var territory = territories.territory(TerritoryLevel.COMMUNE, "85191").orElseThrow();
        accounts.requestLocalAuthorityAccess(territory, new Credentials(agent, TestData.PASSWORD, TestData.PASSWORD));
        mvc.perform(post("/login").param("username", agent).param("password", TestData.PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
    }

    private org.springframework.test.web.servlet.ResultActions login(String password) throws Exception {
        return mvc.perform(post("/login").param("username", email).param("password", password).with(csrf()));
    }
}
