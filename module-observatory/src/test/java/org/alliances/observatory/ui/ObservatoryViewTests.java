package org.alliances.observatory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.testing.ModuleIntegrationTest;
import org.alliances.kernel.testing.TestOrganizations;
import org.alliances.observatory.MapFigure;
import org.alliances.observatory.internal.EventApplier;
import org.alliances.partnerships.Origin;
import org.alliances.partnerships.PartnershipStarted;
import org.alliances.partnerships.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The observatory's screens as a local authority and an admin use them, browserless. */
@ModuleIntegrationTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class ObservatoryViewTests extends SpringBrowserlessTest {

    @Autowired TestOrganizations members;
    @Autowired EventApplier applier;
    @Autowired PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        TestOrganizations.signOut();
    }

    private static String text(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
    }

    @Test
    void aLocalAuthorityOpensItsTerritoryWithMapChartsTablesAndExports() {
        members.ensureExist();
        TestOrganizations.signIn(TestOrganizations.LOCAL_AUTHORITY, "LOCAL_AUTHORITY");
        var view = navigate(ObservatoryView.class);
        assertThat(view.report.area().key()).isEqualTo("D69");
        assertThat(view.getPageTitle()).isEqualTo("Observatoire — Rhône");
        var page = text(view);
        assertThat(page).contains("Repère national", "Partenariats par modèle", "Mois par mois", "Cheminements entre modèles",
                "Besoins non satisfaits par thème", "Territoires inclus", "« <5 »", "CC-BY-4.0");
        assertThat(view.mapHolder.getChildren().filter(Html.class::isInstance).count()).as("tiles and legend").isEqualTo(2);
        assertThat(view.mapHolder.getElement().toString()).contains("data-code=\"200046977\"");
        assertThat(view.getElement().toString()).contains("href=\"api/observatory/D69/partnerships-by-model.csv\"")
                .contains("href=\"api/observatory/D69/partnerships-by-model.json\"");
        assertThat(view.getElement().toString()).doesNotContain("Recalculer les chiffres");
        view.mapFigure.setValue(MapFigure.NEEDS_PUBLISHED);
        assertThat(view.mapHolder.getElement().toString()).contains("Besoins publiés");
    }

    @Test
    void theScreenMasksCountsUnderFiveInItsTablesAndCharts() {
        for (var model : List.of(CooperationModel.SOCIETAL_RD, CooperationModel.SOCIETAL_RD, CooperationModel.JOINT_OFFER,
                CooperationModel.JOINT_OFFER, CooperationModel.JOINT_OFFER, CooperationModel.JOINT_OFFER, CooperationModel.JOINT_OFFER)) {
            new TransactionTemplate(transactions).execute(status -> applier.apply(new PartnershipStarted(UUID.randomUUID(), Origin.DECLARED,
                    UUID.randomUUID(), UUID.randomUUID(), null, null, model, Stage.PROPOSED, "15014", LocalDate.of(2026, 10, 1))));
        }
        members.ensureExist();
        TestOrganizations.signIn(TestOrganizations.ADMIN, "ADMIN");
        var view = navigate("observatoire/D15", ObservatoryView.class);
        var section = view.getChildren().filter(Div.class::isInstance).flatMap(c -> c.getChildren())
                .filter(c -> "table-partnerships-by-model".equals(c.getId().orElse(""))).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        var grid = (Grid<List<Object>>) section.getChildren().filter(Grid.class::isInstance).findFirst().orElseThrow();
        var cells = test(grid);
        assertThat(cells.getCellText(CooperationModel.SOCIETAL_RD.ordinal(), 1)).isEqualTo("<5");
        assertThat(cells.getCellText(CooperationModel.JOINT_OFFER.ordinal(), 1)).isEqualTo("5");
        assertThat(cells.getCellText(CooperationModel.TRADITIONAL_PATRONAGE.ordinal(), 1)).isEqualTo("0");
        assertThat(section.getElement().toString()).contains("R&amp;D sociétale &lt;5");
    }

    @Test
    void anotherTerritoryByAddressShowsItsOwnWithAMessage() {
        members.ensureExist();
        TestOrganizations.signIn(TestOrganizations.LOCAL_AUTHORITY, "LOCAL_AUTHORITY");
        var view = navigate("observatoire/D38", ObservatoryView.class);
        assertThat(view.report.area().key()).isEqualTo("D69");
        assertThat(view.notice.getText()).isEqualTo("Ce territoire n'est pas le vôtre : l'observatoire montre votre territoire et ce qu'il contient.");
        view = navigate("observatoire/X12", ObservatoryView.class);
        assertThat(view.notice.getText()).isEqualTo("Ce territoire est inconnu : voici le vôtre.");
        view = navigate("observatoire/C69381", ObservatoryView.class);
        assertThat(view.report.area().key()).isEqualTo("C69381");
        assertThat(view.notice.getText()).isEmpty();
        assertThat(text(view)).contains("Pas de carte à ce niveau");
    }

    @Test
    void anAdminSeesTheCountryWithTheDepartmentMapAndCanRebuild() {
        members.ensureExist();
        TestOrganizations.signIn(TestOrganizations.ADMIN, "ADMIN");
        var view = navigate(ObservatoryView.class);
        assertThat(view.report.area().key()).isEqualTo("FR");
        assertThat(view.mapHolder.getElement().toString()).contains("data-insee=\"2A\"").contains("data-insee=\"974\"");
        assertThat(text(view)).contains("Recalculer les chiffres");
        var before = view.report.table("partnerships-by-stage").orElseThrow();
        view.rebuild();
        for (int i = 0; i < 100 && !view.notice.getText().startsWith("Chiffres recalculés"); i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            var session = com.vaadin.flow.server.VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
        }
        assertThat(view.notice.getText()).startsWith("Chiffres recalculés à partir de");
        assertThat(view.report.table("partnerships-by-stage").orElseThrow().rows()).hasSameSizeAs(before.rows());
    }

    @Test
    void theOpenDataPageDescribesEveryField() {
        var view = navigate(OpenDataView.class);
        var page = text(view);
        assertThat(page).contains("/api/open-data/areas/D69", "partnerships-by-model", "model_label", "« <5 »", "Swagger");
        assertThat(page).doesNotContain("!observatory.");
    }
}
