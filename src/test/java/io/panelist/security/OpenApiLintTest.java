package io.panelist.security;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The OpenAPI document passes {@code @redocly/cli lint} with no error, under the rules of {@code redocly.yaml}
 * (Redocly's recommended set, and RFC 9457 problems for every 4xx). Redocly runs on Node.js; the first run installs
 * the pinned version into {@code target/redocly} from the npm registry, later runs reuse it.
 */
class OpenApiLintTest {
    static final String REDOCLY = "@redocly/cli@2.77.0";

    @Test
    void theDocumentPassesRedoclyLintWithoutAnError() throws Exception {
        Path project = Path.of("").toAbsolutePath();
        Path tool = project.resolve("target/redocly");
        Path cli = tool.resolve("node_modules/.bin/redocly");
        if (!Files.isExecutable(cli)) {
            Files.createDirectories(tool);
            Result install = run(tool, List.of("npm", "install", "--no-audit", "--no-fund", "--prefix",
                    tool.toString(), REDOCLY));
            assertThat(install.exitCode()).as("npm install " + REDOCLY + ":\n" + install.output()).isZero();
        }

        Result lint = run(project, List.of(cli.toString(), "lint", document().toString(),
                "--config", project.resolve("src/test/resources/redocly.yaml").toString(), "--format", "codeframe"));

        System.out.println(lint.output());
        assertThat(lint.exitCode()).as("redocly lint found errors:\n" + lint.output()).isZero();
    }

    private static Path document() throws URISyntaxException {
        var url = OpenApiLintTest.class.getClassLoader().getResource(OpenApiOperations.DOCUMENT);
        assertThat(url).as(OpenApiOperations.DOCUMENT + " on the classpath").isNotNull();
        return Path.of(url.toURI());
    }

    private static Result run(Path directory, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        builder.environment().put("NO_COLOR", "1");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return fail("Cannot run " + command.get(0) + ": the OpenAPI lint needs Node.js 20 or newer and npm "
                    + "(Debian: apt-get install nodejs npm)", e);
        }
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return fail(String.join(" ", command) + " did not finish within 3 minutes");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private record Result(int exitCode, String output) {
    }
}
