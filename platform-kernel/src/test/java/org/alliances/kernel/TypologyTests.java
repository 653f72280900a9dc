package org.alliances.kernel;

import static org.alliances.kernel.Category.ECONOMIC_COOPERATION;
import static org.alliances.kernel.Category.PATRONAGE;
import static org.alliances.kernel.Category.RESPONSIBLE_PRACTICES;
import static org.alliances.kernel.Category.SOCIETAL_INNOVATION;
import static org.alliances.kernel.CooperationModel.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pins every fact of the typology as the reference table states it (docs/architecture.md, "The typology"). */
class TypologyTests {

    private static final ResourceBundle FRENCH = ResourceBundle.getBundle("i18n/kernel", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("i18n/kernel", Locale.ENGLISH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    @Test
    void fourCategoriesInTheReferenceOrder() {
        assertThat(Category.values()).containsExactly(RESPONSIBLE_PRACTICES, PATRONAGE, ECONOMIC_COOPERATION, SOCIETAL_INNOVATION);
    }

    @ParameterizedTest
    @CsvSource({
            "RESPONSIBLE_PRACTICES, Pratiques responsables, Responsible practices, true, MOSTLY_COMPANY",
            "PATRONAGE, Mécénat, Patronage, true, MOSTLY_GENERAL_INTEREST",
            "ECONOMIC_COOPERATION, Coopération économique, Economic cooperation, false, ECONOMIC_FIRST",
            "SOCIETAL_INNOVATION, Innovation sociétale, Societal innovation, false, BALANCED"})
    void eachCategoryHasItsLabelsEntryDoorAndImpact(Category category, String french, String english, boolean entryDoor,
                                                    ImpactBalance impact) {
        assertThat(FRENCH.getString(category.labelKey())).isEqualTo(french);
        assertThat(ENGLISH.getString(category.labelKey())).isEqualTo(english);
        assertThat(category.isEntryDoor()).isEqualTo(entryDoor);
        assertThat(category.impactBalance()).isEqualTo(impact);
        for (var key : List.of(category.seeksKey(), category.bringsKey(), category.impactKey())) {
            assertThat(FRENCH.getString(key)).isNotBlank();
            assertThat(ENGLISH.getString(key)).isNotBlank();
        }
    }

    @Test
    void impactWeighsMostWhereTheCategorySaysSo() {
        assertThat(RESPONSIBLE_PRACTICES.impactBalance().companyWeight()).isGreaterThan(RESPONSIBLE_PRACTICES.impactBalance().generalInterestWeight());
        assertThat(PATRONAGE.impactBalance().generalInterestWeight()).isGreaterThan(PATRONAGE.impactBalance().companyWeight());
        assertThat(ECONOMIC_COOPERATION.impactBalance().companyWeight()).isGreaterThan(ECONOMIC_COOPERATION.impactBalance().generalInterestWeight());
        assertThat(ECONOMIC_COOPERATION.impactBalance().generalInterestWeight()).isGreaterThan(1);
        assertThat(SOCIETAL_INNOVATION.impactBalance().companyWeight()).isEqualTo(SOCIETAL_INNOVATION.impactBalance().generalInterestWeight());
    }

    @ParameterizedTest
    @CsvSource({
            "1, TRADITIONAL_PATRONAGE, Mécénat traditionnel, PATRONAGE, ",
            "2, ACTIVE_ENGAGEMENT, Engagement actif, PATRONAGE, ",
            "3, EXPERTISE_SHARING, Partage d'expertise, PATRONAGE, SOCIETAL_INNOVATION",
            "4, SOCIETAL_RD, R&D sociétale, SOCIETAL_INNOVATION, ",
            "5, HYBRID_MODEL, Modèle hybride, SOCIETAL_INNOVATION, ECONOMIC_COOPERATION",
            "6, JOINT_OFFER, Offre commune, ECONOMIC_COOPERATION, ",
            "7, GENERAL_INTEREST_ALTERNATIVE, Alternative d'intérêt général, ECONOMIC_COOPERATION, RESPONSIBLE_PRACTICES",
            "8, PRACTICES_AUDIT, Audit des pratiques, RESPONSIBLE_PRACTICES, ",
            "9, SERVICE_PROVISION, Prestation de service, RESPONSIBLE_PRACTICES, "})
    void nineModelsOnTheLineWithTheirCategories(int position, CooperationModel model, String french, Category first,
                                               Category second) {
        assertThat(model.position()).isEqualTo(position);
        assertThat(CooperationModel.values()[position - 1]).isEqualTo(model);
        assertThat(FRENCH.getString(model.labelKey())).isEqualTo(french);
        assertThat(ENGLISH.getString(model.labelKey())).isNotBlank();
        assertThat(FRENCH.getString(model.definitionKey())).isNotBlank();
        assertThat(model.categories()).isEqualTo(second == null ? Set.of(first) : Set.of(first, second));
        assertThat(model.isCrossroads()).isEqualTo(second != null);
    }

    @Test
    void threeCrossroadsModels() {
        assertThat(Arrays.stream(CooperationModel.values()).filter(CooperationModel::isCrossroads))
                .containsExactly(EXPERTISE_SHARING, HYBRID_MODEL, GENERAL_INTEREST_ALTERNATIVE);
    }

    @Test
    void theEntryDoorsAreTheTwoEndsOfTheLineInTheEntryDoorCategories() {
        assertThat(Arrays.stream(CooperationModel.values()).filter(CooperationModel::isEntryDoor))
                .containsExactly(TRADITIONAL_PATRONAGE, SERVICE_PROVISION);
        assertThat(TRADITIONAL_PATRONAGE.categories()).containsExactly(PATRONAGE);
        assertThat(SERVICE_PROVISION.categories()).containsExactly(RESPONSIBLE_PRACTICES);
        assertThat(Arrays.stream(Category.values()).filter(Category::isEntryDoor)).containsExactly(RESPONSIBLE_PRACTICES, PATRONAGE);
    }

    @Test
    void neighboursAreTheNextStepsOnTheLine() {
        assertThat(TRADITIONAL_PATRONAGE.neighbours()).containsExactly(ACTIVE_ENGAGEMENT);
        assertThat(EXPERTISE_SHARING.neighbours()).containsExactly(ACTIVE_ENGAGEMENT, SOCIETAL_RD);
        assertThat(SERVICE_PROVISION.neighbours()).containsExactly(PRACTICES_AUDIT);
    }

    @Test
    void aCrossroadsModelBridgesTheCategoriesOfItsNeighbours() {
        for (var model : CooperationModel.values()) {
            if (model.isCrossroads()) {
                var before = model.neighbours().getFirst().categories();
                var after = model.neighbours().getLast().categories();
                assertThat(model.categories()).containsAll(before).containsAll(after);
            }
        }
    }

    @Test
    void eachCategoryListsItsModelsCrossroadsIncluded() {
        assertThat(PATRONAGE.models()).containsExactly(TRADITIONAL_PATRONAGE, ACTIVE_ENGAGEMENT, EXPERTISE_SHARING);
        assertThat(SOCIETAL_INNOVATION.models()).containsExactly(EXPERTISE_SHARING, SOCIETAL_RD, HYBRID_MODEL);
        assertThat(ECONOMIC_COOPERATION.models()).containsExactly(HYBRID_MODEL, JOINT_OFFER, GENERAL_INTEREST_ALTERNATIVE);
        assertThat(RESPONSIBLE_PRACTICES.models()).containsExactly(GENERAL_INTEREST_ALTERNATIVE, PRACTICES_AUDIT, SERVICE_PROVISION);
    }

    @Test
    void everyThemeSectorAndSizeHasFrenchAndEnglishLabels() {
        for (var theme : Theme.values()) {
            assertThat(FRENCH.getString(theme.labelKey())).isNotBlank();
            assertThat(ENGLISH.getString(theme.labelKey())).isNotBlank();
        }
        for (var sector : Sector.values()) {
            assertThat(FRENCH.getString(sector.labelKey())).isNotBlank();
        }
        for (var size : SizeBand.values()) {
            assertThat(FRENCH.getString(size.labelKey())).isNotBlank();
        }
        assertThat(Theme.values()).hasSizeGreaterThanOrEqualTo(14);
    }

    @Test
    void bothLanguagesDefineTheSameKeys() {
        assertThat(ENGLISH.keySet()).containsExactlyInAnyOrderElementsOf(FRENCH.keySet());
    }
}
