package org.alliances;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * The Alliances platform: one Spring Boot application assembled from the kernel and the four domain modules.
 */
@SpringBootApplication
@Modulithic(systemName = "Alliances", sharedModules = "kernel")
public class AlliancesApplication {

    public static void main(String[] args) {
        SpringApplication.run(AlliancesApplication.class, args);
    }
}
