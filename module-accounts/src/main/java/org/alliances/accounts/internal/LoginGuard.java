package org.alliances.accounts.internal;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alliances.kernel.runtime.SecurityLog;
import org.springframework.security.web.WebAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the login form's processing: a login posted from another site is refused (the form carries no CSRF
 * token, so the browser's Origin, or Referer, must be this site), and a client that must still wait after failed logins
 * is sent back to the login page with how long, without the password being tried.
 */
class LoginGuard extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final SecurityLog securityLog;

    LoginGuard(LoginThrottle throttle, SecurityLog securityLog) {
        this.throttle = throttle;
        this.securityLog = securityLog;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && SecurityConfiguration.LOGIN_ROUTE.equals(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!sameOrigin(request)) {
            securityLog.event("sign-in-cross-site-refused", null, request.getRemoteAddr());
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        var wait = throttle.waitFor(request.getParameter("username"), request.getRemoteAddr());
        if (!wait.isZero()) {
            securityLog.event("sign-in-throttled", null, request.getRemoteAddr());
            var session = request.getSession();
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            session.setAttribute(LoginThrottle.WAIT_SECONDS, Math.max(1, wait.toSeconds()));
            response.sendRedirect(request.getContextPath() + SecurityConfiguration.LOGIN_ROUTE + "?error");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether the browser says the form came from this site. Browsers send Origin with every cross-site POST; a client
     * that sends neither Origin nor Referer is not a browser on another site (it has no victim's cookies to ride on).
     */
    static boolean sameOrigin(HttpServletRequest request) {
        var origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank() || "null".equals(origin)) {
            var referer = request.getHeader("Referer");
            if (referer == null || referer.isBlank()) {
                return origin == null;
            }
            origin = referer;
        }
        try {
            var uri = URI.create(origin.strip());
            return request.getServerName().equalsIgnoreCase(uri.getHost()) && port(uri) == request.getServerPort()
                    || forwardedHostMatches(request, uri);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static boolean forwardedHostMatches(HttpServletRequest request, URI uri) {
        var forwarded = request.getHeader("X-Forwarded-Host");
        return forwarded != null && uri.getAuthority() != null && forwarded.strip().equalsIgnoreCase(uri.getAuthority());
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
