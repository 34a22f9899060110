package io.ciscosparkapi.testkit;

import io.ciscosparkapi.testkit.internal.frontend.PortInUseException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Runs a {@link FakeSpark} as a standalone process, for clients in any language.
 *
 * <pre>
 * java -jar spark-testkit-VERSION-standalone.jar [--host 127.0.0.1] [--port N] [--users N]
 *      [--max-null-next-links] [--drop-filters-in-next-links] [--rate-limit-every N]
 *      [--rate-limit-per-token CAPACITY,PER_SECOND] [--rate-limit-per-room CAPACITY,PER_SECOND]
 *      [--https] [--guest-issuer] [--file-scanning SECONDS] [--unscannable-files N] [--help]
 * </pre>
 *
 * <p>When ready it prints {@code SPARK_BASE_URL=http://127.0.0.1:PORT/v1/} and
 * {@code SPARK_ACCESS_TOKEN=<admin token>}, each on its own line; with {@code --https} the URL is
 * {@code https://...} and {@code SPARK_CA_CERT_FILE=<path of a PEM file>} follows, the self-signed
 * certificate for clients to trust; then one {@code SPARK_USER_<n>_TOKEN=...} line per seeded
 * user; with {@code --guest-issuer}, {@code SPARK_GUEST_ISSUER_ID=...} and
 * {@code SPARK_GUEST_ISSUER_SECRET=...} (base64) of a guest issuer registered at start. It serves
 * until the process is killed, and deletes the PEM file when it ends. A bad argument is reported on
 * standard error and ends the process with status 2; an address that cannot be served on ends it
 * with status 1.
 */
public final class FakeSparkServer {

    private static final String USAGE = String.join(System.lineSeparator(),
            "Usage: FakeSparkServer [options]",
            "  --host HOST                  address to bind (default 127.0.0.1)",
            "  --port N                     port to bind; 0 or absent picks a free port",
            "  --users N                    seed N more users and print SPARK_USER_<n>_TOKEN lines",
            "  --max-null-next-links        next links carry max=null (a real-world paging defect)",
            "  --drop-filters-in-next-links next links drop the filter parameters",
            "  --rate-limit-every N         every Nth call answers 429 with Retry-After: 1",
            "  --rate-limit-per-token C,R   each access token may make C calls at once, then R per second",
            "                               (e.g. 5,0.5); others get 429 with Retry-After",
            "  --rate-limit-per-room C,R    the same for the calls that name a room",
            "  --https                      serve HTTPS with a certificate made at start; its PEM file's",
            "                               path is printed as SPARK_CA_CERT_FILE",
            "  --guest-issuer               register a guest issuer for jwt/login and print",
            "                               SPARK_GUEST_ISSUER_ID and SPARK_GUEST_ISSUER_SECRET",
            "  --file-scanning SECONDS      posted files are being scanned that long: contents answers 423",
            "  --unscannable-files N        the first N files posted cannot be scanned: contents answers 428",
            "                               unless the request has allow=unscannable",
            "  --help                       print this help and exit");

    /** The outcome of parsing the arguments and starting. */
    record Launch(int exitCode, FakeSpark spark) {
    }

    /** A bad argument; its message names it. */
    private static final class BadArgument extends Exception {
        private static final long serialVersionUID = 1L;

        BadArgument(String message) {
            super(message, null, false, false);
        }
    }

    /** A token bucket given on the command line. */
    private record Bucket(int capacity, double refillPerSecond) {
    }

    private FakeSparkServer() {
    }

    /**
     * Starts the server and serves until the process is killed.
     *
     * @param args the command-line arguments (see the class description)
     */
    public static void main(String[] args) {
        Launch launch = launch(args, System.out, System.err);
        if (launch.spark() == null) {
            System.exit(launch.exitCode());
            return;
        }
        FakeSpark spark = launch.spark();
        Runtime.getRuntime().addShutdownHook(new Thread(spark::close, "fake-spark-shutdown"));
        // The HTTP server's accepting thread keeps the process alive until it is killed.
    }

    /**
     * Parses the arguments, starts a fake and prints the ready lines.
     *
     * @param args the arguments
     * @param out where the ready lines go
     * @param err where errors go
     * @return the exit code (when nothing was started) or the running fake
     */
    static Launch launch(String[] args, PrintStream out, PrintStream err) {
        String host = "127.0.0.1";
        int port = 0;
        int users = 0;
        int rateLimitEvery = 0;
        Bucket perToken = null;
        Bucket perRoom = null;
        boolean maxNull = false;
        boolean dropFilters = false;
        boolean https = false;
        boolean guestIssuer = false;
        int fileScanning = 0;
        int unscannableFiles = 0;
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String value = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    value = arg.substring(eq + 1);
                    arg = arg.substring(0, eq);
                }
                switch (arg) {
                    case "--help", "-h" -> {
                        out.println(USAGE);
                        out.flush();
                        return new Launch(0, null);
                    }
                    case "--max-null-next-links" -> maxNull = true;
                    case "--drop-filters-in-next-links" -> dropFilters = true;
                    case "--https" -> https = true;
                    case "--guest-issuer" -> guestIssuer = true;
                    case "--host", "--port", "--users", "--rate-limit-every", "--rate-limit-per-token",
                         "--rate-limit-per-room", "--file-scanning", "--unscannable-files" -> {
                        if (value == null) {
                            if (i + 1 >= args.length) {
                                throw new BadArgument("missing value for argument " + arg);
                            }
                            value = args[++i];
                        }
                        switch (arg) {
                            case "--host" -> host = host(value);
                            case "--port" -> port = number(arg, value, 65535);
                            case "--users" -> users = number(arg, value, Integer.MAX_VALUE);
                            case "--rate-limit-every" -> rateLimitEvery = number(arg, value, Integer.MAX_VALUE);
                            case "--rate-limit-per-token" -> perToken = bucket(arg, value);
                            case "--file-scanning" -> fileScanning = number(arg, value, Integer.MAX_VALUE);
                            case "--unscannable-files" -> unscannableFiles = number(arg, value, Integer.MAX_VALUE);
                            default -> perRoom = bucket(arg, value);
                        }
                    }
                    default -> throw new BadArgument("unknown argument: " + args[i]);
                }
            }
        } catch (BadArgument e) {
            return fail(err, e.getMessage());
        }
        FakeSpark spark = FakeSpark.builder().seedUsers(users).build();
        spark.faults().pagingDefects(maxNull, dropFilters);
        if (rateLimitEvery > 0) {
            spark.faults().rateLimitEvery(rateLimitEvery, "1");
        }
        if (perToken != null) {
            spark.faults().rateLimitPerToken(perToken.capacity(), perToken.refillPerSecond());
        }
        if (perRoom != null) {
            spark.faults().rateLimitPerRoom(perRoom.capacity(), perRoom.refillPerSecond());
        }
        spark.faults().fileScanning(Duration.ofSeconds(fileScanning)).unscannableFiles(unscannableFiles);
        URI base;
        try {
            base = https ? spark.startHttps(host, port) : spark.startHttp(host, port);
        } catch (UncheckedIOException | IllegalStateException e) {
            spark.close();
            err.println("FakeSparkServer: " + (e.getCause() instanceof PortInUseException
                    ? "cannot start: port " + port + " on " + host + " is already in use (another server is"
                            + " listening on it); choose another with --port N, or --port 0 for a free one"
                    : "cannot start: " + e.getMessage()));
            err.flush();
            return new Launch(1, null);
        }
        out.println("SPARK_BASE_URL=" + base);
        out.println("SPARK_ACCESS_TOKEN=" + spark.admin().token());
        if (https) {
            out.println("SPARK_CA_CERT_FILE=" + spark.certificatePemFile().toAbsolutePath());
        }
        List<FakeUser> seeded = spark.seededUsers();
        for (int n = 1; n <= seeded.size(); n++) {
            out.println("SPARK_USER_" + n + "_TOKEN=" + seeded.get(n - 1).token());
        }
        if (guestIssuer) {
            FakeGuestIssuer issuer = spark.addGuestIssuer();
            out.println("SPARK_GUEST_ISSUER_ID=" + issuer.issuerId());
            out.println("SPARK_GUEST_ISSUER_SECRET=" + issuer.secret());
        }
        out.flush();
        return new Launch(0, spark);
    }

    private static String host(String value) throws BadArgument {
        if (value.isBlank()) {
            throw new BadArgument("empty value for argument --host");
        }
        return value;
    }

    private static int number(String arg, String value, int max) throws BadArgument {
        int n;
        try {
            n = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new BadArgument("invalid number for argument " + arg + ": " + value);
        }
        if (n < 0 || n > max) {
            throw new BadArgument("out-of-range value for argument " + arg + ": " + value);
        }
        return n;
    }

    private static Bucket bucket(String arg, String value) throws BadArgument {
        String[] parts = value.split(",", -1);
        if (parts.length != 2) {
            throw new BadArgument("expected CAPACITY,PER_SECOND for argument " + arg + ", e.g. 5,0.5: " + value);
        }
        int capacity;
        double refill;
        try {
            capacity = Integer.parseInt(parts[0].trim());
            refill = Double.parseDouble(parts[1].trim());
        } catch (NumberFormatException e) {
            throw new BadArgument("invalid numbers for argument " + arg + " (expected CAPACITY,PER_SECOND): " + value);
        }
        if (capacity < 1 || !(refill > 0) || Double.isInfinite(refill)) {
            throw new BadArgument("out-of-range value for argument " + arg
                    + " (capacity at least 1, a positive rate per second): " + value);
        }
        return new Bucket(capacity, refill);
    }

    private static Launch fail(PrintStream err, String message) {
        err.println("FakeSparkServer: " + message);
        err.println(USAGE);
        err.flush();
        return new Launch(2, null);
    }
}
