package org.alliances.shell;

import java.util.Collections;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.TomcatProtocolHandlerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every open window keeps one connection for server push, and its buffers were most of what a signed-in member cost
 * the server in memory. Sized for what actually goes through: the Vaadin client sends its requests by XHR (push's
 * default transport, {@code WEBSOCKET_XHR}), so the push connection only carries the server's messages to the window,
 * written in several passes when larger than the buffers. Measured by the session memory benchmark (decision 0030).
 */
@Configuration(proxyBeanMethods = false)
class PushConnections {

    private static final Logger log = LoggerFactory.getLogger(PushConnections.class);

    /** Characters of one message from the client: a Vaadin push fragment (4,095) fits. */
    static final int TEXT_MESSAGE_BUFFER = 4096;
    static final int BINARY_MESSAGE_BUFFER = 1024;
    /** Bytes of each connection's socket buffers (Tomcat's default 8,192). */
    static final int SOCKET_BUFFER = 4096;
    /** Bytes of each push connection's frame, output and encoder buffers (Tomcat's default 8,192; larger messages go in several writes). */
    static final int WEBSOCKET_BUFFER = 2048;

    static {
        // read once, when Tomcat's WebSocket classes load: before the web server starts, after this class is loaded
        if (System.getProperty("org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE") == null) {
            System.setProperty("org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE", String.valueOf(WEBSOCKET_BUFFER));
        }
    }

    @Bean
    TomcatProtocolHandlerCustomizer<AbstractHttp11Protocol<?>> smallerSocketBuffers() {
        return protocol -> {
            protocol.setProperty("socket.appReadBufSize", String.valueOf(SOCKET_BUFFER));
            protocol.setProperty("socket.appWriteBufSize", String.valueOf(SOCKET_BUFFER));
        };
    }

    /**
     * Vaadin asks Atmosphere for 16 kB buffers on every push connection (a byte and a character buffer for messages read
     * as streams, which Tomcat's WebSocket never does, and the message size limits); new connections get the sizes above.
     */
    @Bean
    VaadinServiceInitListener smallerPushMessageBuffers() {
        return (ServiceInitEvent event) -> {
            if (!(event.getSource() instanceof VaadinServletService service) || service.getServlet() == null) {
                return;
            }
            var context = service.getServlet().getServletContext();
            boolean found = false;
            for (var name : Collections.list(context.getAttributeNames())) {
                if (context.getAttribute(name) instanceof AtmosphereFramework atmosphere) {
                    atmosphere.addInitParameter("org.atmosphere.websocket.bufferSize", String.valueOf(TEXT_MESSAGE_BUFFER));
                    atmosphere.addInitParameter("org.atmosphere.websocket.maxTextMessageSize", String.valueOf(TEXT_MESSAGE_BUFFER));
                    atmosphere.addInitParameter("org.atmosphere.websocket.maxBinaryMessageSize", String.valueOf(BINARY_MESSAGE_BUFFER));
                    found = true;
                }
            }
            if (!found) {
                log.debug("No push framework found to size its buffers");
            }
        };
    }
}
