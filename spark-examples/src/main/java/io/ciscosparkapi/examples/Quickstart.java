package io.ciscosparkapi.examples;

import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.PagedIterable;
import io.ciscosparkapi.SparkApiException;
import io.ciscosparkapi.model.Membership;
import io.ciscosparkapi.model.Person;
import io.ciscosparkapi.model.Room;
import io.ciscosparkapi.model.RoomType;
import io.ciscosparkapi.testkit.FakeSpark;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The quickstart of the Python {@code ciscosparkapi} package, walked in Java.
 *
 * <p>With {@code SPARK_ACCESS_TOKEN} set it runs against the real service and deletes what it
 * created; without it, it starts the embedded fake Spark on a loopback port and runs there.
 */
public final class Quickstart {

    /** How many extra rooms the fake run creates, so that listing spans several pages. */
    static final int EXTRA_ROOMS = 120;

    private final CiscoSparkAPI api;
    private final PrintStream out;
    private final boolean fake;

    Quickstart(CiscoSparkAPI api, PrintStream out, boolean fake) {
        this.api = api;
        this.out = out;
        this.fake = fake;
    }

    /**
     * Runs the quickstart.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        String token = System.getenv(CiscoSparkAPI.ACCESS_TOKEN_ENVIRONMENT_VARIABLE);
        if (token != null && !token.isBlank()) {
            System.out.println("SPARK_ACCESS_TOKEN is set: running against " + CiscoSparkAPI.DEFAULT_BASE_URL);
            try (CiscoSparkAPI api = CiscoSparkAPI.create()) {
                new Quickstart(api, System.out, false).run();
            }
            return;
        }
        try (FakeSpark spark = FakeSpark.create()) {
            System.out.println("SPARK_ACCESS_TOKEN is not set: running on the embedded fake Spark at " + spark.startHttp());
            try (CiscoSparkAPI api = CiscoSparkAPI.builder()
                    .accessToken(spark.admin().token())
                    .baseUrl(spark.baseUrl())
                    .build()) {
                new Quickstart(api, System.out, true).run();
            }
        }
    }

    void run() {
        section("Making API calls");
        Person me = api.people().me();
        out.println(me);
        out.println("me.id()          = " + me.id());
        out.println("me.displayName() = " + me.displayName());
        out.println("people().get(me.id()) = " + api.people().get(me.id()));

        section("Catching exceptions");
        Room room = api.rooms().create("ciscosparkapi Test Room");
        List<Room> created = new ArrayList<>();
        created.add(room);
        try {
            try {
                api.memberships().create(m -> m.roomId(room.id()).personId(me.id()));
                out.println("Added myself to the room (unexpected: the creator is already a member)");
            } catch (SparkApiException e) {
                boolean found = false;
                for (Membership membership : api.memberships().list(room.id())) {
                    if (membership.personId().equals(me.id())) {
                        out.println("Doh!  I forgot that I am automatically added to a room when I create it.");
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    out.println(e.getMessage());
                }
            }

            section("Working with returned objects");
            out.println("room.teamId() = " + room.teamId() + "   (optional field, absent: null)");
            out.println("room.get(\"title\") = " + room.get("title") + "   (any field, also ones added later, by name)");

            section("Working with returned lists of objects");
            if (fake) {
                for (int i = 1; i <= EXTRA_ROOMS; i++) {
                    created.add(api.rooms().create("Extra room " + i));
                }
            }
            PagedIterable<Room> rooms = api.rooms().list(q -> q.max(50));
            Room demoRoom = null;
            for (Room candidate : rooms) {
                if (candidate.title().contains("ciscosparkapi")) {
                    demoRoom = candidate;
                    break;
                }
            }
            out.println("Found: " + demoRoom);
            PagedIterable<Room> groupRooms = api.rooms().list(q -> q.type(RoomType.GROUP).max(50));
            PagedIterable<Room> directRooms = api.rooms().list(q -> q.type(RoomType.DIRECT));
            out.println("group rooms:  " + count(groupRooms, Function.identity()) + " (" + pages(groupRooms) + " pages of 50)");
            out.println("direct rooms: " + count(directRooms, Function.identity()));
            Room another = api.rooms().create("ciscosparkapi Another Room");
            created.add(another);
            out.println("group rooms, iterated again after creating one more: " + count(groupRooms, Function.identity()));

            List<Room> roomsList = api.rooms().list().toList();
            out.println("rooms().list().toList() holds " + roomsList.size() + " rooms");
        } finally {
            if (!fake) {
                created.forEach(r -> api.rooms().delete(r.id()));
                out.println("Deleted the " + created.size() + " rooms this run created.");
            }
        }
        out.println();
        out.println("Quickstart complete.");
    }

    private static <T> int count(Iterable<T> items, Function<T, T> each) {
        int n = 0;
        for (T item : items) {
            each.apply(item);
            n++;
        }
        return n;
    }

    private static <T> int pages(PagedIterable<T> listing) {
        int n = 0;
        for (var ignored : listing.pages()) {
            n++;
        }
        return n;
    }

    private void section(String title) {
        out.println();
        out.println("== " + title + " ==");
    }
}
