import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Writes a file of signed {@code call.started} deliveries for wrk ({@code src/bench/call-started.lua}).
 *
 * <p>wrk's Lua has no HMAC, so the Standard Webhooks signatures (base64 HMAC-SHA256 of
 * {@code id.timestamp.body}, the contract of docs/phone-integration.md) are computed here, just before
 * a run: the server accepts a timestamp up to five minutes from its clock, and every run is shorter.
 * Each line is {@code id TAB timestamp TAB v1,signature TAB body}; every event id, call id and caller
 * number is distinct (numbered from {@code start}), so each delivery opens a case of its own and none is
 * a retry or a repeat call.
 *
 * <pre>java src/bench/SignedCalls.java SECRET COUNT START OUT</pre>
 */
public final class SignedCalls {

    private static final String[] CHOICES = {"cobranca", "entrega", "defeito", "cancelamento", "outros"};

    private SignedCalls() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: java src/bench/SignedCalls.java SECRET COUNT START OUT");
            System.exit(2);
        }
        String secret = args[0];
        int count = Integer.parseInt(args[1]);
        long start = Long.parseLong(args[2]);
        byte[] key = secret.startsWith("whsec_") ? Base64.getDecoder().decode(secret.substring(6))
                : secret.getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        long timestamp = System.currentTimeMillis() / 1000;
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8)) {
            for (long n = start; n < start + count; n++) {
                write(out, mac, timestamp, n);
            }
        }
    }

    private static void write(BufferedWriter out, Mac mac, long timestamp, long n) throws IOException {
        String id = "evt_bench_" + n;
        // A mobile number per call: 9 and eight digits from n, area codes 11 to 99.
        String caller = String.format("(%02d) 9%04d-%04d", 11 + (n / 100_000_000L) % 89,
                (n / 10_000) % 10_000, n % 10_000);
        String body = "{\"type\":\"call.started\",\"data\":{\"callId\":\"bench-" + n + "\",\"caller\":\"" + caller
                + "\",\"dialled\":\"0800 123 4567\",\"ivrPath\":[\"principal\",\"" + CHOICES[(int) (n % CHOICES.length)]
                + "\"],\"ivrChoice\":\"" + CHOICES[(int) (n % CHOICES.length)] + "\"}}";
        byte[] signed = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
        out.write(id + "\t" + timestamp + "\tv1," + Base64.getEncoder().encodeToString(signed) + "\t" + body);
        out.newLine();
    }
}
