package io.ciscosparkapi.transport.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

class BufferedBodyTest {

    @Test
    void readsThePiecesInOrderAcrossTheirBoundaries() throws Exception {
        byte[] all = pattern(10_000);
        InputStream body = new BufferedBody(split(all, 3_000, 0, 1, 4_999, 2_000));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[777];
        assertThat(body.available()).isEqualTo(10_000);
        for (int n; (n = body.read(chunk, 0, chunk.length)) != -1; ) {
            out.write(chunk, 0, n);
            assertThat(body.available()).isEqualTo(10_000 - out.size());
        }

        assertThat(out.toByteArray()).isEqualTo(all);
        assertThat(body.read()).isEqualTo(-1);
        assertThat(body.read(chunk, 0, 1)).isEqualTo(-1);
    }

    @Test
    void singleByteReadsAreUnsignedAndCrossPieces() throws Exception {
        InputStream body = new BufferedBody(new ByteBuffer[] {
            ByteBuffer.wrap(new byte[] {(byte) 0xff}), ByteBuffer.allocate(0), ByteBuffer.wrap(new byte[] {0, 7})});

        assertThat(body.read()).isEqualTo(255);
        assertThat(body.read()).isEqualTo(0);
        assertThat(body.read()).isEqualTo(7);
        assertThat(body.read()).isEqualTo(-1);
    }

    @Test
    void readsFromEachPiecesPositionToItsLimit() throws Exception {
        ByteBuffer piece = ByteBuffer.wrap("xxhello worldyy".getBytes());
        piece.position(2).limit(13);

        assertThat(new String(new BufferedBody(new ByteBuffer[] {piece}).readAllBytes())).isEqualTo("hello world");
    }

    @Test
    void skipCrossesPiecesAndStopsAtTheEnd() throws Exception {
        byte[] all = pattern(100);
        InputStream body = new BufferedBody(split(all, 10, 30, 60));

        assertThat(body.skip(35)).isEqualTo(35);
        assertThat(body.read()).isEqualTo(all[35] & 0xff);
        assertThat(body.skip(1_000)).isEqualTo(64);
        assertThat(body.available()).isZero();
        assertThat(body.read()).isEqualTo(-1);
    }

    @Test
    void closedBodyReadsAsEnded() throws Exception {
        InputStream body = new BufferedBody(split(pattern(50), 20, 30));
        body.read();

        body.close();

        assertThat(body.available()).isZero();
        assertThat(body.read()).isEqualTo(-1);
        assertThat(body.read(new byte[5], 0, 5)).isEqualTo(-1);
    }

    @Test
    void emptyBodyEndsAtOnceAndZeroLengthReadsReturnZero() throws Exception {
        InputStream body = new BufferedBody(new ByteBuffer[0]);

        assertThat(body.read(new byte[4], 1, 0)).isZero();
        assertThat(body.read()).isEqualTo(-1);
        assertThatThrownBy(() -> body.read(new byte[4], 3, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void bufferingSubscriberKeepsEveryByteOfLongAndShortPiecesInOrder() throws Exception {
        // Long pieces as the client reads them, short ones as a slow network delivers them.
        int[] sizes = {20_000, 100, 200, ResponseBodies.KEEP_MIN, 50, 1, ResponseBodies.KEEP_MIN - 1, 9_000, 3};
        int total = 0;
        for (int size : sizes) {
            total += size;
        }
        byte[] all = pattern(total);

        InputStream body = receive(total, split(all, sizes));

        assertThat(body.available()).isEqualTo(total);
        assertThat(body.readAllBytes()).isEqualTo(all);
    }

    @Test
    void bufferingSubscriberTakesABodyLongerThanDeclared() throws Exception {
        byte[] all = pattern(ResponseBodies.GATHER_SIZE * 3);

        InputStream body = receive(10, split(all, 5, 5, all.length - 10));

        assertThat(body.readAllBytes()).isEqualTo(all);
    }

    @Test
    void bufferingSubscriberGathersManyTinyPieces() throws Exception {
        byte[] all = pattern(50_000);
        int[] sizes = new int[50_000 / 100];
        java.util.Arrays.fill(sizes, 100);

        assertThat(receive(all.length, split(all, sizes)).readAllBytes()).isEqualTo(all);
    }

    /** Feeds the pieces, one onNext call each, through the subscriber that buffers a body. */
    private static InputStream receive(int declared, ByteBuffer[] pieces) throws Exception {
        ResponseBodies.Buffer subscriber = new ResponseBodies.Buffer(declared, Duration.ofMinutes(1));
        subscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
            }

            @Override
            public void cancel() {
            }
        });
        for (ByteBuffer piece : pieces) {
            subscriber.onNext(List.of(piece));
        }
        subscriber.onComplete();
        return subscriber.getBody().toCompletableFuture().get();
    }

    private static ByteBuffer[] split(byte[] all, int... sizes) {
        List<ByteBuffer> pieces = new ArrayList<>();
        int at = 0;
        for (int size : sizes) {
            // Read-only like the client's own buffers, each over its own array.
            pieces.add(ByteBuffer.wrap(java.util.Arrays.copyOfRange(all, at, at + size)).asReadOnlyBuffer());
            at += size;
        }
        if (at != all.length) {
            throw new IllegalArgumentException("sizes add up to " + at + ", not " + all.length);
        }
        return pieces.toArray(new ByteBuffer[0]);
    }

    private static byte[] pattern(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31 + i / 251);
        }
        return bytes;
    }
}
