package io.panelist.bench;

import io.micronaut.context.ApplicationContext;
import io.panelist.identity.DemoUsers;
import io.panelist.identity.IdentityService;
import io.panelist.recommendation.severity.SeverityJob;
import io.panelist.shared.database.DatabaseLocation;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code java -jar panelist.jar seed --applications N}: migrates the server's database, keeps the demo users, and
 * fills the database with a generated data set, unless it already holds applications. No web server starts.
 */
public final class SeedCommand {
    public static final String NAME = "seed";
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int REFUSED = 2;
    static final int DEFAULT_APPLICATIONS = 10_000;
    private static final String USAGE = "usage: java -jar panelist.jar seed [--applications N]   (N from "
            + DatasetGenerator.MIN_APPLICATIONS + " to " + DatasetGenerator.MAX_APPLICATIONS + ", default "
            + DEFAULT_APPLICATIONS + ")";

    private SeedCommand() {
    }

    /** Runs the command with the arguments after {@code seed}; returns the process exit code. */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        Integer applications = applications(args, err);
        if (applications == null) {
            return REFUSED;
        }
        long start = System.nanoTime();
        Map<String, Object> properties = new HashMap<>(DatabaseLocation.resolve(env));
        if (env.getOrDefault("PANELIST_JWT_SECRET", "").isBlank()) {
            // no token is ever signed here, but the context refuses to start without a secret
            byte[] secret = new byte[48];
            new SecureRandom().nextBytes(secret);
            properties.put("panelist.jwt.secret", Base64.getEncoder().encodeToString(secret));
        }
        // the seed re-estimates rater severity itself, once, after loading, and times it (below)
        properties.put("panelist.severity.poll", "PT24H");
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(properties)
                .banner(false)
                .start()) {
            DemoUsers.ensure(context.getBean(IdentityService.class));
            String url = context.getRequiredProperty("datasources.default.url", String.class);
            String user = context.getProperty("datasources.default.username", String.class).orElse("");
            String password = context.getProperty("datasources.default.password", String.class).orElse("");
            out.printf("Seeding %,d applications into %s%n", applications, url);
            List<DatasetGenerator.Step> steps = new DatasetGenerator(() -> DriverManager.getConnection(url, user, password))
                    .generate(applications, step -> out.println("  " + step));
            long estimating = System.nanoTime();
            context.getBean(SeverityJob.class).reestimate();
            out.printf(Locale.ROOT, "  %-34s %,10d rows %7.1f s%n", "rater severity estimate",
                    scoresCounted(url, user, password), (System.nanoTime() - estimating) / 1e9);
            out.printf("Done: %d steps, %.1f s in all (including start-up and migrations). "
                    + "Sign in as manager@example.com, ana@example.com or ben@example.com with the password %s.%n",
                    steps.size(), (System.nanoTime() - start) / 1e9, DemoUsers.PASSWORD);
            return OK;
        } catch (DatasetGenerator.NotEmptyException e) {
            err.println("seed refused: " + e.getMessage());
            return REFUSED;
        } catch (SQLException | RuntimeException e) {
            err.println("seed failed, nothing was loaded: " + e.getMessage());
            return FAILED;
        }
    }

    private static long scoresCounted(String url, String user, String password) throws SQLException {
        try (var connection = DriverManager.getConnection(url, user, password);
             var rows = connection.createStatement().executeQuery("SELECT scores FROM severity_estimate")) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    private static Integer applications(String[] args, PrintStream err) {
        int applications = DEFAULT_APPLICATIONS;
        for (int i = 0; i < args.length; i++) {
            String value;
            if (args[i].equals("--applications") && i + 1 < args.length) {
                value = args[++i];
            } else if (args[i].startsWith("--applications=")) {
                value = args[i].substring("--applications=".length());
            } else {
                err.println("seed: unknown argument " + args[i] + "\n" + USAGE);
                return null;
            }
            try {
                applications = Integer.parseInt(value.replace("_", "").replace(",", ""));
            } catch (NumberFormatException e) {
                err.println("seed: not a number: " + value + "\n" + USAGE);
                return null;
            }
        }
        if (applications < DatasetGenerator.MIN_APPLICATIONS || applications > DatasetGenerator.MAX_APPLICATIONS) {
            err.println("seed: " + applications + " applications is out of range\n" + USAGE);
            return null;
        }
        return applications;
    }
}
