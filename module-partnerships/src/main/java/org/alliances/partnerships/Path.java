package org.alliances.partnerships;

import java.util.List;

import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;

/**
 * The road a partnership follows, set by the categories of its cooperation model: patronage goes straight from first
 * contacts to implementation; responsible practices are agreed first; economic cooperation and societal innovation
 * are co-constructed, with a proof of concept before implementation and scaling after it.
 */
public enum Path {
    PATRONAGE(List.of(Stage.EMERGENCE, Stage.ACTIVE, Stage.EVALUATION)),
    RESPONSIBLE_PRACTICES(List.of(Stage.EMERGENCE, Stage.CONSTRUCTION, Stage.ACTIVE, Stage.EVALUATION)),
    CO_CONSTRUCTION(List.of(Stage.EMERGENCE, Stage.CONSTRUCTION, Stage.PROOF_OF_CONCEPT, Stage.ACTIVE, Stage.SCALING,
            Stage.EVALUATION));

    private final List<Stage> milestones;

    Path(List<Stage> milestones) {
        this.milestones = milestones;
    }

    /** The stages of this path in their usual order, from first contacts to evaluation. */
    public List<Stage> milestones() {
        return milestones;
    }

    /**
     * A model that belongs to a co-construction category (even at a crossroads) takes the co-construction path;
     * a patronage model the short one; the others (responsible practices) the agreed one.
     */
    public static Path of(CooperationModel model) {
        if (model.categories().stream().anyMatch(category -> !category.isEntryDoor())) {
            return CO_CONSTRUCTION;
        }
        return model.belongsTo(Category.PATRONAGE) ? PATRONAGE : RESPONSIBLE_PRACTICES;
    }

    /** Where a partnership that evolves to a model of this path starts again: the agreement, when the path has one. */
    public Stage restartsAt() {
        return milestones.contains(Stage.CONSTRUCTION) ? Stage.CONSTRUCTION : Stage.ACTIVE;
    }

    public String labelKey() {
        return "partnerships.path." + name();
    }
}
