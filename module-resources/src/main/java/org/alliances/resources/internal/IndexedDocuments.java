package org.alliances.resources.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.Theme;
import org.alliances.resources.Purpose;
import org.alliances.resources.ResourceType;

/**
 * What the search index holds: the published resources as columns, one slot per document (facets as small integers
 * and bit masks, and the same packed for counting with one increment each), and the posting list of every lexeme.
 * A search reads it under the index's read lock; a change or a load writes it under the write lock.
 */
final class IndexedDocuments {

    /** Room for the départements' codes (101 today). */
    static final int DEPARTMENTS_MAX = 256;
    static final int PURPOSES = Purpose.values().length;
    /** No year, then 1900 to 2100. */
    static final int YEAR_SLOTS = 202;

    // one slot per document
    UUID[] ids = new UUID[0];
    long[] published = new long[0];
    byte[] type = new byte[0];
    byte[] purpose = new byte[0];
    byte[] audiences = new byte[0];
    byte[] categories = new byte[0];
    short[] models = new short[0];
    int[] themes = new int[0];
    short[] department = new short[0];
    short[] year = new short[0];
    boolean[] alive = new boolean[0];
    // the same facets packed for counting with one increment each: type and purpose, audiences and categories,
    // the two halves of the themes, the year (0 for none)
    byte[] kind = new byte[0];
    byte[] reach = new byte[0];
    short[] themeLow = new short[0];
    short[] themeHigh = new short[0];
    short[] yearSlot = new short[0];
    /** The posting lists each document is in, to take it out of them when it changes. */
    PostingList[][] lexemes = new PostingList[0][];
    int slots;
    final Map<UUID, Integer> slotOf = new HashMap<>();
    final List<String> departments = new ArrayList<>();
    final Map<String, Short> departmentIndex = new HashMap<>();
    final Map<String, PostingList> postings = new HashMap<>();

    /** Adds a document in a new slot, and to the posting list of each of its lexemes. */
    void add(ResourceRow row) {
        int slot = slots;
        if (slot == ids.length) {
            grow(Math.max(16, slot * 2));
        }
        slots++;
        ids[slot] = row.id();
        slotOf.put(row.id(), slot);
        published[slot] = row.published();
        type[slot] = (byte) Math.max(0, ordinal(ResourceType.class, row.type()));
        purpose[slot] = (byte) Math.max(0, ordinal(Purpose.class, row.purpose()));
        audiences[slot] = (byte) mask(OrganizationType.class, row.audiences());
        categories[slot] = (byte) mask(Category.class, row.categories());
        models[slot] = (short) mask(CooperationModel.class, row.models());
        themes[slot] = (int) mask(Theme.class, row.themes());
        department[slot] = departmentSlot(row.department());
        year[slot] = row.year() == null ? 0 : (short) (int) row.year();
        alive[slot] = true;
        kind[slot] = (byte) (type[slot] * PURPOSES + purpose[slot]);
        reach[slot] = (byte) ((audiences[slot] & 0xF) << 4 | categories[slot] & 0xF);
        themeLow[slot] = (short) (themes[slot] & 0x7FF);
        themeHigh[slot] = (short) (themes[slot] >>> 11 & 0x7FF);
        yearSlot[slot] = (short) (year[slot] >= 1900 && year[slot] <= 2100 ? year[slot] - 1900 + 1 : 0);
        var shares = TsVector.contributions(row.document());
        var lists = new PostingList[shares.size()];
        int i = 0;
        for (var entry : shares.entrySet()) {
            var list = postings.computeIfAbsent(entry.getKey(), any -> new PostingList());
            list.insert(this, slot, entry.getValue());
            lists[i++] = list;
        }
        lexemes[slot] = lists;
    }

    /** Takes the resource out of every posting list; its slot stays, dead. */
    void remove(UUID id) {
        var slot = slotOf.get(id);
        if (slot != null) {
            for (var list : lexemes[slot]) {
                list.remove(this, slot);
            }
            alive[slot] = false;
            lexemes[slot] = new PostingList[0];
        }
    }

    /** After a whole load: the posting lists give back their room for growth, frequent lexemes get their counts. */
    void settle() {
        postings.values().forEach(list -> list.settle(this, slots));
    }

    private short departmentSlot(String code) {
        if (code == null || departments.size() >= DEPARTMENTS_MAX && !departmentIndex.containsKey(code)) {
            return -1;
        }
        return departmentIndex.computeIfAbsent(code, any -> {
            departments.add(code);
            return (short) (departments.size() - 1);
        });
    }

    private void grow(int capacity) {
        ids = Arrays.copyOf(ids, capacity);
        published = Arrays.copyOf(published, capacity);
        type = Arrays.copyOf(type, capacity);
        purpose = Arrays.copyOf(purpose, capacity);
        audiences = Arrays.copyOf(audiences, capacity);
        categories = Arrays.copyOf(categories, capacity);
        models = Arrays.copyOf(models, capacity);
        themes = Arrays.copyOf(themes, capacity);
        department = Arrays.copyOf(department, capacity);
        year = Arrays.copyOf(year, capacity);
        alive = Arrays.copyOf(alive, capacity);
        lexemes = Arrays.copyOf(lexemes, capacity);
        kind = Arrays.copyOf(kind, capacity);
        reach = Arrays.copyOf(reach, capacity);
        themeLow = Arrays.copyOf(themeLow, capacity);
        themeHigh = Arrays.copyOf(themeHigh, capacity);
        yearSlot = Arrays.copyOf(yearSlot, capacity);
    }

    /** The ordinal of a constant by its name, −1 for a name the enum does not know. */
    static <E extends Enum<E>> int ordinal(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name).ordinal();
        } catch (IllegalArgumentException unknown) {
            return -1;
        }
    }

    private static <E extends Enum<E>> long mask(Class<E> type, String[] names) {
        long mask = 0;
        for (var name : names) {
            int bit = ordinal(type, name);
            if (bit >= 0) {
                mask |= 1L << bit;
            }
        }
        return mask;
    }
}
