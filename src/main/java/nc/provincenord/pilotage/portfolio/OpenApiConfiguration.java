package nc.provincenord.pilotage.portfolio;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document of Pilotage's JSON API ({@code /v3/api-docs}). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  @Bean
  OpenAPI pilotageOpenApi() {
    return new OpenAPI()
        .info(new Info().title("API Pilotage").version("1")
            .description("API JSON de Pilotage (Province Nord, DSI) : portefeuille des projets, notifications. "
                + "Authentification HTTP Basic avec un compte Pilotage."))
        .components(new Components().addSecuritySchemes("basic",
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList("basic"));
  }
}
