package io.panelist;

import io.micronaut.context.ApplicationContext;
import io.micronaut.openapi.annotation.OpenAPIInclude;
import io.micronaut.runtime.Micronaut;
import io.micronaut.security.endpoints.LoginController;
import io.micronaut.security.endpoints.OauthController;
import io.panelist.bench.BenchCommand;
import io.panelist.bench.SeedCommand;
import io.panelist.shared.database.DatabaseLocation;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.Arrays;

@OpenAPIDefinition(
        info = @Info(title = "Panelist", version = "1",
                description = "Structured interviewing: question bank, interview plans, scheduling, scoring "
                        + "and hiring recommendations. Sign in with POST /login and send the access token as a bearer token."),
        servers = @Server(url = "/", description = "The Panelist that serves this document"),
        security = @SecurityRequirement(name = "bearerAuth"))
@OpenAPIInclude(classes = {LoginController.class, OauthController.class}, tags = @Tag(name = "Sign-in"))
@SecurityScheme(name = "bearerAuth", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class Application {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(SeedCommand.NAME)) {
            System.exit(SeedCommand.run(Arrays.copyOfRange(args, 1, args.length), System.getenv(), System.out,
                    System.err));
        }
        if (args.length > 0 && args[0].equals(BenchCommand.NAME)) {
            System.exit(BenchCommand.run(Arrays.copyOfRange(args, 1, args.length), System.getenv(), System.out,
                    System.err));
        }
        try {
            start(args);
        } catch (IllegalStateException e) {
            System.err.println("Panelist cannot start: " + e.getMessage());
            System.exit(1);
        }
    }

    static ApplicationContext start(String[] args) {
        return Micronaut.build(args)
                .mainClass(Application.class)
                .banner(false)
                .properties(DatabaseLocation.resolve(System.getenv()))
                .start();
    }
}
