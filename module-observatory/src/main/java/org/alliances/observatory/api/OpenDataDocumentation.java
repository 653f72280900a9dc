package org.alliances.observatory.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI description of the open data says of itself ({@code /v3/api-docs}). */
@Configuration
class OpenDataDocumentation {

    @Bean
    OpenAPI openDataDescription() {
        return new OpenAPI().info(new Info().title("Alliances — données ouvertes des partenariats").version("1")
                .description("Chiffres agrégés et anonymisés des organisations, besoins, mises en relation et partenariats, "
                        + "pour la France, une région (R84), un département (D69) ou un EPCI (E200046977). Un nombre de 1 à 4 "
                        + "est remplacé par « <5 ». Chaque champ est décrit sur la page /donnees-ouvertes."));
    }
}
