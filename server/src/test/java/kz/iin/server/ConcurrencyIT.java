package kz.iin.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import kz.iin.rules.Case;
import kz.iin.rules.EligibilityService;
import kz.iin.rules.RandomCases;
import kz.iin.rules.json.CaseJson;

/** Many clients at once: every answer is the in-process decision of its own case, and the metrics add up. */
@Tag("slow")
class ConcurrencyIT {
    private static final int CLIENTS = 32;
    private static final int PER_CLIENT = 40;

    @Test
    void everyAnswerEqualsTheInProcessDecision() throws Exception {
        Case[] cases = RandomCases.generate(CLIENTS * PER_CLIENT, 42);
        String[] expected = new String[cases.length];
        for (int i = 0; i < cases.length; i++) {
            expected[i] = CaseJson.write(EligibilityService.shared().decide(cases[i]));
        }
        try (Service service = Service.start()) {
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<Integer>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                done.add(clients.submit(() -> {
                    int checked = 0;
                    for (int k = 0; k < PER_CLIENT; k++) {
                        int i = client * PER_CLIENT + k;
                        HttpResponse<String> r = service.post("/v1/decisions", "application/json",
                                CaseJson.write(cases[i]));
                        assertThat(r.statusCode()).isEqualTo(200);
                        assertThat(r.body()).as("case %d", i).isEqualTo(expected[i]);
                        checked++;
                    }
                    return checked;
                }));
            }
            int total = 0;
            for (Future<Integer> f : done) {
                total += f.get(5, TimeUnit.MINUTES);
            }
            clients.shutdown();
            assertThat(total).isEqualTo(cases.length);

            // A request is counted once its answer has been written, a moment after the client has read it.
            String timed = "iin_http_request_duration_seconds_count{route=\"/v1/decisions\"} " + cases.length + "\n";
            String metrics = service.get("/metrics").body();
            for (int wait = 0; wait < 50 && !metrics.contains(timed); wait++) {
                Thread.sleep(100);
                metrics = service.get("/metrics").body();
            }
            assertThat(metrics).contains("iin_http_requests_total{route=\"/v1/decisions\",status=\"200\"} "
                    + cases.length + "\n");
            long decided = value(metrics, "iin_decisions_total{outcome=\"decided\"}");
            long undecided = value(metrics, "iin_decisions_total{outcome=\"undecided\"}");
            assertThat(decided + undecided).isEqualTo(cases.length);
            assertThat(metrics).contains("iin_http_request_duration_seconds_count{route=\"/v1/decisions\"} "
                    + cases.length + "\n");
            assertThat(metrics).contains("iin_http_request_duration_seconds_bucket{route=\"/v1/decisions\","
                    + "le=\"+Inf\"} " + cases.length + "\n");
        }
    }

    private static long value(String metrics, String series) {
        for (String line : metrics.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Long.parseLong(line.substring(series.length() + 1));
            }
        }
        throw new AssertionError("no series " + series);
    }
}
