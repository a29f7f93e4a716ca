package io.panelist.recommendation;

import io.panelist.recommendation.policy.Evidence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One application's submitted scores that count (a trainee's are never read into it), summed as they are read: per
 * topic, stage and interviewer (the score groups) and per scorecard (the ballots). A scorecard that scored nothing
 * still casts its ballot, unless its vote does not count (a trainee's in every topic of its stage); every submitted
 * scorecard is counted as submitted. A tally can be kept as bytes beside its application's verdict
 * ({@link #toBytes()}) and read back whole, in the same order.
 */
final class ScoreTally {
    private final Map<GroupKey, Sums> groups = new LinkedHashMap<>();
    private final Map<UUID, Card> cards = new LinkedHashMap<>();

    private record GroupKey(UUID topicId, UUID stageId, UUID interviewerId) {
    }

    private static final class Sums {
        int count;
        long sum;
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;

        void add(int score) {
            count++;
            sum += score;
            min = Math.min(min, score);
            max = Math.max(max, score);
        }
    }

    /** The form of {@link #toBytes()}; bytes of any other form are refused rather than misread (form 1: V22). */
    private static final byte FORM = 2;

    /** A submitted scorecard of the application, to which its scores are added. */
    final class Card {
        private final String vote;
        private final UUID stageId;
        private final UUID interviewerId;
        private final boolean voteCounts;
        private final Sums scores = new Sums();

        private Card(String vote, UUID stageId, UUID interviewerId, boolean voteCounts) {
            this.vote = vote;
            this.stageId = stageId;
            this.interviewerId = interviewerId;
            this.voteCounts = voteCounts;
        }

        void score(UUID topicId, int score) {
            scores.add(score);
            groups.computeIfAbsent(new GroupKey(topicId, stageId, interviewerId), key -> new Sums()).add(score);
        }
    }

    /** The scorecard, counted once however many of its rows are read; voteCounts: its vote is tallied. */
    Card scorecard(UUID scorecardId, String vote, UUID stageId, UUID interviewerId, boolean voteCounts) {
        return cards.computeIfAbsent(scorecardId, id -> new Card(vote, stageId, interviewerId, voteCounts));
    }

    /** Every submitted scorecard, whether its vote counts or not. */
    int scorecards() {
        return cards.size();
    }

    /**
     * The score groups, each named by its topic's key. Every score is on a topic of the application's plan (a
     * scorecard scores only its stage's topics, and the stage is of the plan), so the plan's keys name them all.
     */
    List<Evidence.ScoreGroup> groups(Map<UUID, String> topicKeys) {
        List<Evidence.ScoreGroup> answer = new ArrayList<>(groups.size());
        groups.forEach((key, sums) -> answer.add(new Evidence.ScoreGroup(topicKeys.get(key.topicId()), key.stageId(),
                key.interviewerId(), sums.count, sums.sum, sums.min, sums.max)));
        return answer;
    }

    /** Whoever gave a score. */
    Set<UUID> interviewers() {
        Set<UUID> interviewers = new HashSet<>();
        groups.keySet().forEach(key -> interviewers.add(key.interviewerId()));
        return interviewers;
    }

    /** The scorecards whose votes count, each with its own scores that count. */
    List<Evidence.Ballot> ballots() {
        List<Evidence.Ballot> answer = new ArrayList<>(cards.size());
        cards.forEach((id, card) -> {
            if (card.voteCounts) {
                answer.add(new Evidence.Ballot(id, card.vote, card.scores.count, card.scores.sum));
            }
        });
        return answer;
    }

    /**
     * The tally as bytes: every id once, then each scorecard and each score group by the places of their ids, in the
     * order they were first read, so that {@link #fromBytes(byte[])} sums the same groups in the same order.
     */
    byte[] toBytes() {
        Map<UUID, Integer> places = new LinkedHashMap<>();
        cards.forEach((id, card) -> {
            place(places, id);
            place(places, card.stageId);
            place(places, card.interviewerId);
        });
        groups.keySet().forEach(key -> place(places, key.topicId()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + 16 * places.size() + 8 * groups.size());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORM);
            writeNumber(out, places.size());
            for (UUID id : places.keySet()) {
                out.writeLong(id.getMostSignificantBits());
                out.writeLong(id.getLeastSignificantBits());
            }
            writeNumber(out, cards.size());
            for (Map.Entry<UUID, Card> entry : cards.entrySet()) {
                Card card = entry.getValue();
                writeNumber(out, places.get(entry.getKey()));
                out.writeUTF(card.vote);
                writeNumber(out, places.get(card.stageId));
                writeNumber(out, places.get(card.interviewerId));
                out.writeBoolean(card.voteCounts);
                write(out, card.scores);
            }
            writeNumber(out, groups.size());
            for (Map.Entry<GroupKey, Sums> entry : groups.entrySet()) {
                writeNumber(out, places.get(entry.getKey().topicId()));
                writeNumber(out, places.get(entry.getKey().stageId()));
                writeNumber(out, places.get(entry.getKey().interviewerId()));
                write(out, entry.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The tally {@link #toBytes()} wrote. */
    static ScoreTally fromBytes(byte[] bytes) {
        ScoreTally tally = new ScoreTally();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            byte form = in.readByte();
            if (form != FORM) {
                throw new IllegalArgumentException("a score tally of form " + form + " cannot be read");
            }
            UUID[] ids = new UUID[(int) readNumber(in)];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = new UUID(in.readLong(), in.readLong());
            }
            for (long i = readNumber(in); i > 0; i--) {
                UUID id = ids[(int) readNumber(in)];
                Card card = tally.new Card(in.readUTF(), ids[(int) readNumber(in)], ids[(int) readNumber(in)],
                        in.readBoolean());
                read(in, card.scores);
                tally.cards.put(id, card);
            }
            for (long i = readNumber(in); i > 0; i--) {
                GroupKey key = new GroupKey(ids[(int) readNumber(in)], ids[(int) readNumber(in)],
                        ids[(int) readNumber(in)]);
                read(in, tally.groups.computeIfAbsent(key, k -> new Sums()));
            }
            if (in.available() > 0) {
                throw new IllegalArgumentException("a score tally has " + in.available() + " bytes too many");
            }
        } catch (IOException | ArithmeticException | IndexOutOfBoundsException | NegativeArraySizeException e) {
            throw new IllegalArgumentException("a score tally's bytes are cut short or out of place", e);
        }
        return tally;
    }

    private static void place(Map<UUID, Integer> places, UUID id) {
        places.putIfAbsent(id, places.size());
    }

    private static void write(DataOutputStream out, Sums sums) throws IOException {
        writeNumber(out, sums.count);
        writeNumber(out, sums.sum);
        writeNumber(out, sums.min);
        writeNumber(out, sums.max);
    }

    private static void read(DataInputStream in, Sums sums) throws IOException {
        sums.count = Math.toIntExact(readNumber(in));
        sums.sum = readNumber(in);
        sums.min = Math.toIntExact(readNumber(in));
        sums.max = Math.toIntExact(readNumber(in));
    }

    /**
     * A number in as few bytes as it needs, seven bits to a byte (zig-zag, so small negatives stay small): most of a
     * tally is places, counts and scores below 128, and a tally under about 2 kB is kept in its row, not compressed
     * apart from it.
     */
    private static void writeNumber(DataOutputStream out, long number) throws IOException {
        long rest = (number << 1) ^ (number >> 63);
        while ((rest & ~0x7FL) != 0) {
            out.writeByte((int) ((rest & 0x7F) | 0x80));
            rest >>>= 7;
        }
        out.writeByte((int) rest);
    }

    private static long readNumber(DataInputStream in) throws IOException {
        long rest = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.readUnsignedByte();
            rest |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return (rest >>> 1) ^ -(rest & 1);
            }
        }
        throw new IOException("a number in a score tally runs on too long");
    }
}
