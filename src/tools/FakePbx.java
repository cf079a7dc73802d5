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
import java.util.concurrent.CompletableFuture;
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
 *      [--count N] [--rate EVENTS_PER_SECOND] [--duplicates 0.10] [--seed N]
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
                    Double.parseDouble(opt.getOrDefault("duplicates", "0.10")));
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

    /** Open-loop load: count events at rate per second, a fraction of them retries of earlier ones. */
    void load(int count, double rate, double duplicates) throws Exception {
        List<String[]> sent = Collections.synchronizedList(new ArrayList<>());
        List<Long> firstLatencies = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        AtomicInteger failures = new AtomicInteger();
        int unique = 0;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            LockSupport.parkNanos(start + (long) (i * 1e9 / rate) - System.nanoTime());
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
            long t0 = System.nanoTime();
            pending.add(sendAsync(ev[0], ev[1].getBytes(StandardCharsets.UTF_8)).handle((r, e) -> {
                if (e != null) {
                    failures.incrementAndGet();
                    return null;
                }
                statuses.computeIfAbsent(r.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                if (!duplicate) {
                    firstLatencies.add(System.nanoTime() - t0);
                }
                return null;
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> lat = new ArrayList<>(firstLatencies);
        Collections.sort(lat);
        System.out.printf(Locale.ROOT, "sent %d events (%d unique, %d duplicates) in %.1f s: %.0f events/s%n",
                count, unique, count - unique, seconds, count / seconds);
        System.out.println("answers by status: " + new HashMap<>(statuses) + ", transport failures: " + failures);
        System.out.printf(Locale.ROOT, "call.started latency (first deliveries, ms): p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n",
                pct(lat, 50), pct(lat, 95), pct(lat, 99), pct(lat, 100));
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

    private CompletableFuture<HttpResponse<String>> sendAsync(String id, byte[] body) {
        return http.sendAsync(request(id, body), HttpResponse.BodyHandlers.ofString());
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
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(prefix.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
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
