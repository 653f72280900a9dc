package org.alliances.kernel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The nine cooperation models, in the order of the reference line (docs/architecture.md, "The typology").
 * Three of them stand at the crossroads of two categories. Neighbours on the line are the natural next steps
 * of the journey ("cheminement"); the two ends of the line are the entry doors.
 */
public enum CooperationModel {

    TRADITIONAL_PATRONAGE(Category.PATRONAGE),
    ACTIVE_ENGAGEMENT(Category.PATRONAGE),
    EXPERTISE_SHARING(Category.PATRONAGE, Category.SOCIETAL_INNOVATION),
    SOCIETAL_RD(Category.SOCIETAL_INNOVATION),
    HYBRID_MODEL(Category.SOCIETAL_INNOVATION, Category.ECONOMIC_COOPERATION),
    JOINT_OFFER(Category.ECONOMIC_COOPERATION),
    GENERAL_INTEREST_ALTERNATIVE(Category.ECONOMIC_COOPERATION, Category.RESPONSIBLE_PRACTICES),
    PRACTICES_AUDIT(Category.RESPONSIBLE_PRACTICES),
    SERVICE_PROVISION(Category.RESPONSIBLE_PRACTICES);

    private final Set<Category> categories;

    CooperationModel(Category first, Category... others) {
        var all = new ArrayList<Category>();
        all.add(first);
        all.addAll(Arrays.asList(others));
        this.categories = Set.copyOf(all);
    }

    /** The place of the model on the line, from 1 to 9. */
    public int position() {
        return ordinal() + 1;
    }

    /** The categories the model belongs to: one, or two for a crossroads model. */
    public Set<Category> categories() {
        return categories;
    }

    public boolean belongsTo(Category category) {
        return categories.contains(category);
    }

    /** A crossroads model bridges two categories: the most fertile ground for experiments. */
    public boolean isCrossroads() {
        return categories.size() == 2;
    }

    /** The two ends of the line are the entry doors: simple to start, partners get to know each other. */
    public boolean isEntryDoor() {
        return this == first() || this == last();
    }

    /** The models next to this one on the line: the natural next steps of the journey. */
    public List<CooperationModel> neighbours() {
        var models = values();
        var result = new ArrayList<CooperationModel>(2);
        if (ordinal() > 0) {
            result.add(models[ordinal() - 1]);
        }
        if (ordinal() < models.length - 1) {
            result.add(models[ordinal() + 1]);
        }
        return List.copyOf(result);
    }

    public static CooperationModel first() {
        return values()[0];
    }

    public static CooperationModel last() {
        return values()[values().length - 1];
    }

    public String labelKey() {
        return "model." + name() + ".label";
    }

    public String definitionKey() {
        return "model." + name() + ".definition";
    }
}
