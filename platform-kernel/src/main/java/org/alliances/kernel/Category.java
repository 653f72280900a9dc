package org.alliances.kernel;

import java.util.Arrays;
import java.util.List;

/**
 * The four categories of partnership, each named by what the partners seek (docs/architecture.md, "The typology").
 * Labels and texts live in the kernel's message bundle under {@code category.<CODE>.*}.
 */
public enum Category {

    RESPONSIBLE_PRACTICES(true, ImpactBalance.MOSTLY_COMPANY),
    PATRONAGE(true, ImpactBalance.MOSTLY_GENERAL_INTEREST),
    ECONOMIC_COOPERATION(false, ImpactBalance.ECONOMIC_FIRST),
    SOCIETAL_INNOVATION(false, ImpactBalance.BALANCED);

    private final boolean entryDoor;
    private final ImpactBalance impactBalance;

    Category(boolean entryDoor, ImpactBalance impactBalance) {
        this.entryDoor = entryDoor;
        this.impactBalance = impactBalance;
    }

    /** An entry door is simple to start and lets partners get to know each other; the others need co-construction and maturity. */
    public boolean isEntryDoor() {
        return entryDoor;
    }

    public ImpactBalance impactBalance() {
        return impactBalance;
    }

    /** The models that belong to this category, crossroads models included, in the order of the line. */
    public List<CooperationModel> models() {
        return Arrays.stream(CooperationModel.values()).filter(model -> model.belongsTo(this)).toList();
    }

    public String labelKey() {
        return "category." + name() + ".label";
    }

    public String seeksKey() {
        return "category." + name() + ".seeks";
    }

    public String bringsKey() {
        return "category." + name() + ".brings";
    }

    public String impactKey() {
        return "category." + name() + ".impact";
    }
}
