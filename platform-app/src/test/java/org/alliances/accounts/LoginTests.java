package org.alliances.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.alliances.accounts.internal.LoginThrottle;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Logging in through the real security filter chain: growing delays after failures, same answer for every failure, same-site posts only, new session id. */
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

    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void theSameMemberSigningInOnTwoDevicesAtOnceGetsInOnBoth() throws Exception {
        int each = 8;
        var start = new java.util.concurrent.CountDownLatch(1);
        var redirects = new java.util.concurrent.ConcurrentLinkedQueue<String>();
        try (var devices = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var signIns = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (var device : new String[] {"10.7.0.1", "10.7.0.2"}) {
                signIns.add(devices.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        clock.advance(Duration.ofMillis(1));
                        redirects.add(String.valueOf(login(email, TestData.PASSWORD, device).andReturn().getResponse().getRedirectedUrl()));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var signIn : signIns) {
                signIn.get(2, java.util.concurrent.TimeUnit.MINUTES);
            }
        }

        assertThat(redirects).hasSize(2 * each).containsOnly("/");
        var visits = jdbc.queryForMap("select last_login_at, previous_login_at from accounts_user where email = ?", email);
        assertThat(visits.get("last_login_at")).isNotNull();
        assertThat(visits.get("previous_login_at")).isNotNull();
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        login(email, TestData.PASSWORD + "x", "10.6.0.1").andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void failuresSlowThisClientDownWithGrowingDelaysButNeverLockTheOwnerOut() throws Exception {
        var attacker = "10.1.0.1";
        for (int i = 0; i < 3; i++) {
            login(email, "wrong password " + i, attacker).andExpect(redirectedUrl("/login?error"));
        }
        var session = new MockHttpSession();
        mvc.perform(post("/login").session(session).param("username", email).param("password", TestData.PASSWORD).with(csrf())
                .with(from(attacker))).andExpect(redirectedUrl("/login?error"));
        assertThat(session.getAttribute(LoginThrottle.WAIT_SECONDS)).as("the password was not even tried").isEqualTo(1L);

        login(email, TestData.PASSWORD, "10.1.0.2").andExpect(redirectedUrl("/"))
                .andDo(result -> assertThat(result.getRequest().getSession().getAttribute(LoginThrottle.WAIT_SECONDS)).isNull());

        clock.advance(Duration.ofSeconds(1));
        login(email, "wrong again", attacker).andExpect(redirectedUrl("/login?error"));
        var waited = new MockHttpSession();
        mvc.perform(post("/login").session(waited).param("username", email).param("password", TestData.PASSWORD).with(csrf())
                .with(from(attacker))).andExpect(redirectedUrl("/login?error"));
        assertThat(waited.getAttribute(LoginThrottle.WAIT_SECONDS)).as("the wait doubled").isEqualTo(2L);

        clock.advance(Duration.ofSeconds(2));
        login(email, TestData.PASSWORD, attacker).andExpect(redirectedUrl("/"));
    }

    @Test
    void oneClientTryingManyAddressesIsSlowedDown() throws Exception {
        var script = "10.2.0.1";
        for (int i = 0; i < 10; i++) {
            login(TestData.email("guess"), "wrong password", script).andExpect(redirectedUrl("/login?error"));
        }
        var session = new MockHttpSession();
        mvc.perform(post("/login").session(session).param("username", email).param("password", TestData.PASSWORD).with(csrf())
                .with(from(script))).andExpect(redirectedUrl("/login?error"));
        assertThat(session.getAttribute(LoginThrottle.WAIT_SECONDS)).isEqualTo(1L);
    }

    @Test
    void anUnknownAddressAndAWrongPasswordFailTheSameWay() throws Exception {
        var unknown = new MockHttpSession();
        mvc.perform(post("/login").session(unknown).param("username", TestData.email("nobody")).param("password", TestData.PASSWORD)
                .with(csrf()).with(from("10.3.0.1"))).andExpect(redirectedUrl("/login?error"));
        var wrong = new MockHttpSession();
        mvc.perform(post("/login").session(wrong).param("username", email).param("password", "not the password")
                .with(csrf()).with(from("10.3.0.2"))).andExpect(redirectedUrl("/login?error"));
        assertThat(unknown.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)).isExactlyInstanceOf(BadCredentialsException.class);
        assertThat(wrong.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)).isExactlyInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aLoginPostedFromAnotherSiteIsRefused() throws Exception {
        mvc.perform(post("/login").header("Origin", "https://attacker.example").param("username", email)
                .param("password", TestData.PASSWORD).with(from("10.4.0.1"))).andExpect(status().isForbidden());
        mvc.perform(post("/login").header("Referer", "https://attacker.example/page").param("username", email)
                .param("password", TestData.PASSWORD).with(from("10.4.0.1"))).andExpect(status().isForbidden());
        mvc.perform(post("/login").header("Origin", "http://localhost").param("username", email)
                .param("password", TestData.PASSWORD).with(csrf()).with(from("10.4.0.1"))).andExpect(redirectedUrl("/"));
    }

    @Test
    void aPendingLocalAuthorityCannotLogInUntilApprovedAndIsToldOnlyWithItsPassword() throws Exception {
        var agent = TestData.email("pending");
        // La Roche-sur-Yon: a commune no other test of this context asks for
        var territory = territories.territory(TerritoryLevel.COMMUNE, "85191").orElseThrow();
        accounts.requestLocalAuthorityAccess(territory, new Credentials(agent, TestData.PASSWORD, TestData.PASSWORD));
        var wrong = new MockHttpSession();
        mvc.perform(post("/login").session(wrong).param("username", agent).param("password", "not the password").with(csrf())
                .with(from("10.5.0.1"))).andExpect(redirectedUrl("/login?error"));
        assertThat(wrong.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)).isExactlyInstanceOf(BadCredentialsException.class);
        var right = new MockHttpSession();
        mvc.perform(post("/login").session(right).param("username", agent).param("password", TestData.PASSWORD).with(csrf())
                .with(from("10.5.0.1"))).andExpect(redirectedUrl("/login?error"));
        assertThat(right.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)).isInstanceOfSatisfying(DisabledException.class,
                disabled -> assertThat(disabled.getMessage()).isEqualTo("PENDING_APPROVAL"));
    }

    private org.springframework.test.web.servlet.ResultActions login(String address, String password, String client) throws Exception {
        return mvc.perform(post("/login").param("username", address).param("password", password).with(csrf()).with(from(client)));
    }

    private static RequestPostProcessor from(String client) {
        return request -> {
            request.setRemoteAddr(client);
            return request;
        };
    }

}
