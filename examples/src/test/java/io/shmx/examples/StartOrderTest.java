package io.shmx.examples;

import io.shmx.examples.testing.ExampleProcess;
import io.shmx.testing.ShmNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The producer/consumer example pairs, each side in a process of its own as {@code ./shmx example}
 * runs them, started in either order: the side started first says what it waits for, both end with
 * status 0 and the consumer gets the frames; a side whose peer never comes ends with a one-line
 * message; nothing prints a stack trace.
 */
class StartOrderTest {
    private static final Pattern SAW = Pattern.compile("consumer: saw (\\d+) distinct frames; the last one, copied: "
            + "Sample\\[sequence=(\\d+),");
    private static final Pattern VIDEO = Pattern.compile("consumer: (\\d+) frames, (\\d+) missed, (\\d+) overwritten"
            + " while read, 0 brightness mismatches");

    @RegisterExtension
    final ShmNames names = new ShmNames("order");

    private static void assertNoStackTrace(ExampleProcess... processes) {
        for (ExampleProcess p : processes) {
            assertFalse(p.printedAStackTrace(), "a stack trace:\n" + p.text());
        }
    }

    private static void assertQuickstartConsumerGotEverything(ExampleProcess consumer) {
        Matcher m = SAW.matcher(consumer.text());
        assertTrue(m.find(), consumer.text());
        assertTrue(Integer.parseInt(m.group(1)) >= 1, consumer.text());
        assertEquals("19", m.group(2), "the consumer was there for the last of 20 frames:\n" + consumer.text());
    }

    @Test
    void quickstartProducerFirst() throws Exception {
        String channel = names.next();
        try (ExampleProcess producer = ExampleProcess.start("quickstart-producer", "--channel", channel, "--frames", "20",
                "--interval-ms", "5");
             ExampleProcess consumer = startAfter(producer, "producer: waiting up to 60 s for a consumer to attach to '"
                     + channel + "' (start one: ./shmx example quickstart-consumer --channel " + channel + ")",
                     "quickstart-consumer", "--channel", channel)) {
            assertEquals(0, consumer.exitStatus(60), consumer.text());
            assertEquals(0, producer.exitStatus(60), producer.text());
            producer.awaitLine("producer: a consumer attached", 0);
            assertQuickstartConsumerGotEverything(consumer);
            assertNoStackTrace(producer, consumer);
        }
    }

    @Test
    void quickstartConsumerFirst() throws Exception {
        String channel = names.next();
        try (ExampleProcess consumer = ExampleProcess.start("quickstart-consumer", "--channel", channel);
             ExampleProcess producer = startAfter(consumer, "consumer: waiting up to 60 s for a producer to create"
                     + " channel '" + channel + "' (start one: ./shmx example quickstart-producer --channel " + channel
                     + ")", "quickstart-producer", "--channel", channel, "--frames", "20", "--interval-ms", "5")) {
            assertEquals(0, producer.exitStatus(60), producer.text());
            assertEquals(0, consumer.exitStatus(60), consumer.text());
            assertQuickstartConsumerGotEverything(consumer);
            assertNoStackTrace(producer, consumer);
        }
    }

    @Test
    void videoInBothOrders() throws Exception {
        String[] video = {"--seconds", "0.5", "--fps", "30", "--width", "64", "--height", "48"};
        for (boolean producerFirst : new boolean[] {true, false}) {
            String channel = names.next();
            String[] producerArgs = concat(new String[] {"--channel", channel}, video);
            ExampleProcess first = producerFirst
                    ? ExampleProcess.start("video-producer", producerArgs)
                    : ExampleProcess.start("video-consumer", "--channel", channel);
            String waiting = producerFirst ? "producer: waiting up to 60 s for a consumer" : "consumer: waiting up to 60 s";
            try (first; ExampleProcess second = producerFirst
                    ? startAfter(first, waiting, "video-consumer", "--channel", channel)
                    : startAfter(first, waiting, "video-producer", producerArgs)) {
                ExampleProcess consumer = producerFirst ? second : first;
                assertEquals(0, first.exitStatus(60), first.text());
                assertEquals(0, second.exitStatus(60), second.text());
                Matcher m = VIDEO.matcher(consumer.text());
                assertTrue(m.find(), consumer.text());
                assertEquals(15, Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2))
                        + Integer.parseInt(m.group(3)), "every frame accounted for:\n" + consumer.text());
                assertNoStackTrace(first, second);
            }
        }
    }

    @Test
    void aConsumerWhoseProducerNeverComesSaysSoWithoutAStackTrace() throws Exception {
        String channel = names.next();
        try (ExampleProcess consumer = ExampleProcess.start("quickstart-consumer", "--channel", channel, "--wait", "1")) {
            assertEquals(1, consumer.exitStatus(60), consumer.text());
            consumer.awaitLine("consumer: waiting up to 1 s for a producer to create channel '" + channel + "'", 0);
            consumer.awaitLine("consumer: no producer created channel '" + channel + "' within 1 s; start one with"
                    + " ./shmx example quickstart-producer --channel " + channel + " (or wait longer: --wait SECONDS)", 0);
            assertNoStackTrace(consumer);
        }
    }

    @Test
    void aProducerWhoseConsumerNeverComesGoesOnAndSaysSo() throws Exception {
        String channel = names.next();
        try (ExampleProcess producer = ExampleProcess.start("quickstart-producer", "--channel", channel, "--frames", "3",
                "--wait", "1")) {
            assertEquals(0, producer.exitStatus(60), producer.text());
            producer.awaitLine("producer: 0 of 1 consumers attached within 1 s; going on without them", 0);
            producer.awaitLine("producer: published 3 frames, last frame id 3", 0);
            assertNoStackTrace(producer);
        }
    }

    @Test
    void aChannelInUseIsAMessageNotAStackTrace() throws Exception {
        String channel = names.next();
        try (ExampleProcess first = ExampleProcess.start("quickstart-producer", "--channel", channel, "--frames", "1");
             ExampleProcess second = startAfter(first, "producer: waiting", "quickstart-producer", "--channel", channel)) {
            assertEquals(1, second.exitStatus(60), second.text());
            assertTrue(second.text().startsWith("quickstart-producer: "), second.text());
            assertTrue(second.text().contains(channel), second.text());
            assertNoStackTrace(second);
        }
    }

    /** Starts an example once {@code first} printed a line starting with {@code line}. */
    private static ExampleProcess startAfter(ExampleProcess first, String line, String example, String... args)
            throws InterruptedException {
        first.awaitLine(line, 60);
        return ExampleProcess.start(example, args);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
