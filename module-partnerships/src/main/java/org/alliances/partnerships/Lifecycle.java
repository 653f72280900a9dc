package org.alliances.partnerships;

import static org.alliances.partnerships.Stage.ACTIVE;
import static org.alliances.partnerships.Stage.CONSTRUCTION;
import static org.alliances.partnerships.Stage.DECLINED;
import static org.alliances.partnerships.Stage.EMERGENCE;
import static org.alliances.partnerships.Stage.ENDED;
import static org.alliances.partnerships.Stage.EVALUATION;
import static org.alliances.partnerships.Stage.PROOF_OF_CONCEPT;
import static org.alliances.partnerships.Stage.PROPOSED;
import static org.alliances.partnerships.Stage.SCALING;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state machine of a partnership, as data: for each path, the stages one may go to from each stage. Every rule
 * about stages is read from these tables; nothing else decides whether a transition is allowed.
 * <p>
 * Common to every path: a declared partnership is confirmed (it exists already, so it is active) or declined by the
 * other side; every stage under way can end, with an outcome; an evaluation can lead to a renewal (back to
 * implementation). Evolving to another model is allowed from the stages in {@link #EVOLVES_FROM} and restarts on the
 * new model's path at {@link Path#restartsAt()}.
 */
public final class Lifecycle {

    /** Partners know each other well enough to change model once they implement or evaluate together. */
    public static final Set<Stage> EVOLVES_FROM = EnumSet.of(ACTIVE, EVALUATION);

    private static final Map<Path, Map<Stage, Set<Stage>>> ALLOWED = new EnumMap<>(Map.of(
            Path.PATRONAGE, table(
                    PROPOSED, List.of(ACTIVE, DECLINED),
                    EMERGENCE, List.of(ACTIVE, ENDED),
                    ACTIVE, List.of(EVALUATION, ENDED),
                    EVALUATION, List.of(ACTIVE, ENDED)),
            Path.RESPONSIBLE_PRACTICES, table(
                    PROPOSED, List.of(ACTIVE, DECLINED),
                    EMERGENCE, List.of(CONSTRUCTION, ENDED),
                    CONSTRUCTION, List.of(ACTIVE, ENDED),
                    ACTIVE, List.of(EVALUATION, ENDED),
                    EVALUATION, List.of(ACTIVE, ENDED)),
            Path.CO_CONSTRUCTION, table(
                    PROPOSED, List.of(ACTIVE, DECLINED),
                    EMERGENCE, List.of(CONSTRUCTION, ENDED),
                    CONSTRUCTION, List.of(PROOF_OF_CONCEPT, ENDED),
                    PROOF_OF_CONCEPT, List.of(ACTIVE, CONSTRUCTION, ENDED),
                    ACTIVE, List.of(SCALING, EVALUATION, ENDED),
                    SCALING, List.of(EVALUATION, ENDED),
                    EVALUATION, List.of(ACTIVE, ENDED))));

    private Lifecycle() {
    }

    public static boolean allows(Path path, Stage from, Stage to) {
        return to != null && next(path, from).contains(to);
    }

    /** The stages one may go to from {@code from} on this path, in the order of the table; none from a final stage. */
    public static Set<Stage> next(Path path, Stage from) {
        return ALLOWED.get(path).getOrDefault(from, Set.of());
    }

    /** The usual next step on the path (the first one of the table that is neither an end nor a step back). */
    public static java.util.Optional<Stage> usualNext(Path path, Stage from) {
        var milestones = path.milestones();
        return next(path, from).stream()
                .filter(stage -> !stage.isFinal() && milestones.indexOf(stage) > milestones.indexOf(from))
                .findFirst();
    }

    /** A renewal: after an evaluation, the partners implement again, with the same model. */
    public static boolean isRenewal(Stage from, Stage to) {
        return from == EVALUATION && to == ACTIVE;
    }

    public static boolean canEvolveFrom(Stage stage) {
        return EVOLVES_FROM.contains(stage);
    }

    private static Map<Stage, Set<Stage>> table(Object... fromThenTos) {
        var table = new EnumMap<Stage, Set<Stage>>(Stage.class);
        for (int i = 0; i < fromThenTos.length; i += 2) {
            @SuppressWarnings("unchecked")
            var tos = (List<Stage>) fromThenTos[i + 1];
            table.put((Stage) fromThenTos[i], java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(tos)));
        }
        return table;
    }
}
