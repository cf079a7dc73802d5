import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A fake SAC phone system (PBX/IVR) that plays call scenarios against Triagem's phone webhook, signed
 * the Standard Webhooks way. One file, no dependencies, Java 17:
 *
 * <pre>
 * java src/tools/FakePbx.java --url http://localhost:9080/api/intake/phone/calls \
 *      --secret whsec_ZGV2LW9ubHktcGhvbmUtc2VjcmV0 --scenario normal|drop|repeat|retry|load \
 *      [--count N] [--rate EVENTS_PER_SECOND] [--duplicates 0.10] [--connections 256] [--seed N]
 * </pre>
 *
 * The secret may also come from TRIAGEM_PHONE_WEBHOOK_SECRET. {@code load} sends --count signed
 * call.started events at --rate per second (open loop: a slow server does not slow the sender), of
 * which the --duplicates fraction are retries of an event already sent, and reports throughput and
 * latency percentiles of the first deliveries.
 */
public class FakePbx {

    private final HttpClient http;
    private final URI url;
    private final byte[] key;
    private final Random random;

    FakePbx(URI url, String secret, long seed) {
        this.url = url;
        this.key = secret.startsWith("whsec_") ? Base64.getDecoder().decode(secret.substring(6))
                : secret.getBytes(StandardCharsets.UTF_8);
        this.random = new Random(seed);
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(16)).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        String secret = opt.getOrDefault("secret", System.getenv("TRIAGEM_PHONE_WEBHOOK_SECRET"));
        if (secret == null) {
            System.err.println("--secret (or TRIAGEM_PHONE_WEBHOOK_SECRET) is required");
            System.exit(2);
        }
        FakePbx pbx = new FakePbx(URI.create(opt.getOrDefault("url", "http://localhost:9080/api/intake/phone/calls")),
                secret, Long.parseLong(opt.getOrDefault("seed", String.valueOf(System.nanoTime()))));
        int count = Integer.parseInt(opt.getOrDefault("count", "1"));
        switch (opt.getOrDefault("scenario", "normal")) {
            case "normal" -> pbx.normal(count);
            case "drop" -> pbx.drop(count);
            case "repeat" -> pbx.repeat(count);
            case "retry" -> pbx.retry(count);
            case "load" -> pbx.load(count, Double.parseDouble(opt.getOrDefault("rate", "100")),
                    Double.parseDouble(opt.getOrDefault("duplicates", "0.10")),
                    Integer.parseInt(opt.getOrDefault("connections", "256")));
            default -> {
                System.err.println("unknown --scenario; use normal, drop, repeat, retry or load");
                System.exit(2);
            }
        }
        System.exit(0);
    }

    /** A call from the IVR to the attendant: started, identified, ended. */
    void normal(int calls) throws Exception {
        for (int i = 0; i < calls; i++) {
            String call = newId("call");
            String caller = caller();
            print("call.started", send(newId("evt"), started(call, caller, "cobranca")));
            print("call.updated", send(newId("evt"), event("call.updated", call,
                    "\"notes\":\"Cliente relata cobrança em dobro\",\"category\":\"Cobrança\",\"attendant\":\"ag-07\"")));
            print("call.ended", send(newId("evt"), event("call.ended", call,
                    "\"durationSeconds\":" + (60 + random.nextInt(600)) + ",\"attendant\":\"ag-07\","
                            + "\"disposition\":\"follow_up\",\"recordingRef\":\"rec/" + call + ".wav\"")));
        }
    }

    /** The call falls in the IVR queue: the decree requires a call-back. */
    void drop(int calls) throws Exception {
        for (int i = 0; i < calls; i++) {
            String call = newId("call");
            print("call.started", send(newId("evt"), started(call, caller(), "entrega")));
            print("call.dropped", send(newId("evt"), event("call.dropped", call, "\"durationSeconds\":45")));
        }
    }

    /** The same caller rings twice, the second time from another trunk's number format. */
    void repeat(int callers) throws Exception {
        for (int i = 0; i < callers; i++) {
            String caller = caller();
            print("first call", send(newId("evt"), started(newId("call"), caller, "entrega")));
            print("second call", send(newId("evt"), started(newId("call"), "0 15 " + caller.replaceAll("\\D", ""),
                    "entrega")));
        }
    }

    /** The platform did not get the answer and retries the same event: the same answer comes back. */
    void retry(int events) throws Exception {
        for (int i = 0; i < events; i++) {
            String id = newId("evt");
            byte[] body = started(newId("call"), caller(), "cobranca");
            for (int attempt = 1; attempt <= 3; attempt++) {
                print("attempt " + attempt, send(id, body));
            }
        }
    }

    /**
     * Open-loop load: count events at rate per second, a fraction of them retries of earlier ones. Each
     * event has its time in the schedule, and its latency is counted from that time, so an event that
     * waits for a free connection in this tool still counts as late (no coordinated omission). The
     * requests go over plain keep-alive HTTP/1.1 sockets written by hand ({@link LoadConnection}):
     * java.net.http spent about as much CPU per request as the server on this 2-core machine, and the
     * load tool must not be what it measures.
     */
    void load(int count, double rate, double duplicates, int connections) throws Exception {
        List<String[]> sent = new ArrayList<>();
        long[] latencies = new long[count];
        java.util.Arrays.fill(latencies, -1);
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger failures = new AtomicInteger();
        java.util.concurrent.BlockingQueue<Runnable> work = new java.util.concurrent.LinkedBlockingQueue<>();
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(count);
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < connections; w++) {
            LoadConnection connection = new LoadConnection(url);
            Thread worker = new Thread(() -> connection.serve(work), "load-" + w);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
        int unique = 0;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + (long) (i * 1e9 / rate);
            LockSupport.parkNanos(due - System.nanoTime());
            boolean duplicate = !sent.isEmpty() && random.nextDouble() < duplicates;
            String[] ev;
            if (duplicate) {
                ev = sent.get(random.nextInt(sent.size()));
            } else {
                ev = new String[] {newId("evt"), new String(started(newId("call"), caller(), "cobranca"),
                        StandardCharsets.UTF_8)};
                sent.add(ev);
                unique++;
            }
            int index = i;
            String[] event = ev;
            work.add(() -> {
                try {
                    int status = LoadConnection.current().post(event[0], event[1].getBytes(StandardCharsets.UTF_8),
                            this::signatureHeaders);
                    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    if (!duplicate) {
                        latencies[index] = System.nanoTime() - due;
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> lat = new ArrayList<>();
        for (long l : latencies) {
            if (l >= 0) {
                lat.add(l);
            }
        }
        Collections.sort(lat);
        System.out.printf(Locale.ROOT, "sent %d events (%d unique, %d duplicates) in %.1f s: %.0f events/s%n",
                count, unique, count - unique, seconds, count / seconds);
        System.out.println("answers by status: " + new HashMap<>(statuses) + ", transport failures: " + failures);
        System.out.printf(Locale.ROOT, "call.started latency (first deliveries, ms): p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n",
                pct(lat, 50), pct(lat, 95), pct(lat, 99), pct(lat, 100));
    }

    /** The three Standard Webhooks headers for one delivery, signed now. */
    private String signatureHeaders(String id, byte[] body) {
        long timestamp = Instant.now().getEpochSecond();
        return "webhook-id: " + id + "\r\nwebhook-timestamp: " + timestamp + "\r\nwebhook-signature: v1,"
                + sign(id + "." + timestamp + ".", body) + "\r\n";
    }

    /**
     * One keep-alive HTTP/1.1 connection, owned by one worker thread: it writes a POST and reads the
     * status line, the headers and the body (Content-Length or chunked). A request not answered within
     * 30 s fails and the connection is dropped; a connection the server closed is opened again.
     */
    static final class LoadConnection {
        private static final ThreadLocal<LoadConnection> CURRENT = new ThreadLocal<>();
        private final URI url;
        private java.net.Socket socket;
        private java.io.InputStream in;
        private java.io.OutputStream out;

        LoadConnection(URI url) {
            this.url = url;
        }

        static LoadConnection current() {
            return CURRENT.get();
        }

        void serve(java.util.concurrent.BlockingQueue<Runnable> work) {
            CURRENT.set(this);
            try {
                while (true) {
                    work.take().run();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        int post(String id, byte[] body, java.util.function.BiFunction<String, byte[], String> signed)
                throws java.io.IOException {
            try {
                return exchange(id, body, signed);
            } catch (java.io.IOException first) {
                close();
                if (first instanceof java.net.SocketTimeoutException) {
                    throw first;
                }
                return exchange(id, body, signed); // the server closed an idle keep-alive connection
            }
        }

        private int exchange(String id, byte[] body, java.util.function.BiFunction<String, byte[], String> signed)
                throws java.io.IOException {
            if (socket == null) {
                socket = new java.net.Socket();
                socket.connect(new java.net.InetSocketAddress(url.getHost(), url.getPort()), 5000);
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(30_000);
                in = new java.io.BufferedInputStream(socket.getInputStream(), 8192);
                out = socket.getOutputStream();
            }
            String head = "POST " + url.getRawPath() + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n"
                    + signed.apply(id, body) + "\r\n";
            byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
            byte[] request = java.util.Arrays.copyOf(headBytes, headBytes.length + body.length);
            System.arraycopy(body, 0, request, headBytes.length, body.length);
            out.write(request);
            out.flush();
            String status = line();
            if (status == null || !status.startsWith("HTTP/1.1 ")) {
                throw new java.io.EOFException("no answer");
            }
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closes = false;
            for (String h = line(); h != null && !h.isEmpty(); h = line()) {
                String name = h.substring(0, Math.max(0, h.indexOf(':'))).trim().toLowerCase(Locale.ROOT);
                String value = h.substring(h.indexOf(':') + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
                    case "connection" -> closes = value.equalsIgnoreCase("close");
                    default -> { }
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                        size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                    skip(size);
                    line();
                }
                for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) { }
            } else if (length > 0) {
                skip(length);
            }
            if (closes) {
                close();
            }
            return code;
        }

        private String line() throws java.io.IOException {
            StringBuilder line = new StringBuilder(64);
            for (int c = in.read(); c != -1; c = in.read()) {
                if (c == '\n') {
                    int n = line.length();
                    return n > 0 && line.charAt(n - 1) == '\r' ? line.substring(0, n - 1) : line.toString();
                }
                line.append((char) c);
            }
            if (line.length() == 0) {
                return null;
            }
            throw new java.io.EOFException("connection closed mid-line");
        }

        private void skip(long n) throws java.io.IOException {
            while (n > 0) {
                long skipped = in.skip(n);
                if (skipped <= 0) {
                    if (in.read() == -1) {
                        throw new java.io.EOFException("connection closed mid-body");
                    }
                    skipped = 1;
                }
                n -= skipped;
            }
        }

        private void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (java.io.IOException ignored) {
                // already gone
            }
            socket = null;
        }
    }

    private static double pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }

    private byte[] started(String call, String caller, String choice) {
        return event("call.started", call, "\"caller\":\"" + caller + "\",\"dialled\":\"0800 123 4567\","
                + "\"ivrPath\":[\"principal\",\"" + choice + "\"],\"ivrChoice\":\"" + choice + "\"");
    }

    private static byte[] event(String type, String call, String fields) {
        return ("{\"type\":\"" + type + "\",\"timestamp\":\"" + Instant.now() + "\",\"data\":{\"callId\":\"" + call
                + "\"," + fields + "}}").getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(String id, byte[] body) throws Exception {
        return http.send(request(id, body), HttpResponse.BodyHandlers.ofString());
    }

    /** Signed now: a retry carries the same id and body under a new timestamp and signature. */
    private HttpRequest request(String id, byte[] body) {
        long timestamp = Instant.now().getEpochSecond();
        return HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("webhook-id", id)
                .header("webhook-timestamp", String.valueOf(timestamp))
                .header("webhook-signature", "v1," + sign(id + "." + timestamp + ".", body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private String sign(String prefix, byte[] body) {
        Mac mac = macs.get();
        mac.update(prefix.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(mac.doFinal(body));
    }

    /** One keyed HMAC per thread: doFinal resets it for the next signature. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::keyedMac);

    private Mac keyedMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String caller() {
        return String.format(Locale.ROOT, "(11) 9%04d-%04d", random.nextInt(10_000), random.nextInt(10_000));
    }

    private static String newId(String prefix) {
        return prefix + "_" + UUID.randomUUID();
    }

    private static void print(String step, HttpResponse<String> r) {
        String replayed = r.headers().firstValue("Idempotent-Replayed").map(v -> " (replayed)").orElse("");
        System.out.println(step + ": " + r.statusCode() + replayed + " " + r.body());
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, found " + args[i]);
            }
            opt.put(args[i].substring(2), args[i + 1]);
        }
        return opt;
    }
}
