package org.alliances.matching.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.alliances.kernel.Category;
import org.alliances.kernel.CurrentOrganization;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.Proximity;
import org.alliances.kernel.Roles;
import org.alliances.kernel.Theme;
import org.alliances.kernel.ui.FiltersToggle;
import org.alliances.kernel.ui.TextLimits;
import org.alliances.matching.Contribution;
import org.alliances.matching.MatchingService;
import org.alliances.matching.Need;
import org.alliances.matching.NeedStatus;
import org.alliances.matching.RecommendationFilter;

/**
 * Possible partners, ranked with their reasons: for a company, the needs that suit it; for an association, the
 * companies that could answer the published need it picks. Filters: theme, proximity, category, contribution, words.
 */
@Route("partenaires")
@Menu(title = "menu.matching.partners", order = 22, icon = "vaadin:handshake")
@RolesAllowed({Roles.ASSOCIATION, Roles.COMPANY})
class PartnersView extends VerticalLayout implements HasDynamicTitle {

    final Select<Need> need = new Select<>();
    final Select<Theme> theme = new Select<>();
    final Select<Proximity> within = new Select<>();
    final Select<Category> category = new Select<>();
    final Select<Contribution> contribution = new Select<>();
    final TextField text = new TextField();
    final RecommendationList results;
    final Paragraph empty = new Paragraph();

    private final MatchingService matching;
    private final boolean company;

    PartnersView(MatchingService matching, CurrentOrganization currentOrganization,
                 org.springframework.beans.factory.ObjectProvider<org.alliances.kernel.ContentReports> reports) {
        this.matching = matching;
        this.company = currentOrganization.require().type() == OrganizationType.COMPANY;
        this.results = new RecommendationList(company);
        reports.ifAvailable(results::reportProfilesWith);
        addClassName("page");
        var role = company ? "COMPANY" : "ASSOCIATION";
        add(new H1(getTranslation("matching.partners.title")), new Paragraph(getTranslation("matching.partners.intro." + role)));
        if (!company) {
            List<Need> published = matching.myNeeds().stream().filter(candidate -> candidate.status() == NeedStatus.PUBLISHED).toList();
            if (published.isEmpty()) {
                empty.setText(getTranslation("matching.partners.no-need"));
                add(empty, new RouterLink(getTranslation("matching.needs.new"), NeedFormView.class));
                return;
            }
            need.setLabel(getTranslation("matching.partners.need"));
            need.setWidthFull();
            need.setMaxWidth("32em");
            need.setItems(published);
            need.setItemLabelGenerator(Need::title);
            need.setValue(published.getFirst());
            need.addValueChangeListener(change -> refresh());
            add(need);
        } else if (matching.myProfile().contributions().isEmpty()) {
            add(new Paragraph(getTranslation("matching.partners.no-profile")),
                    new RouterLink(getTranslation("menu.matching.profile"), ProfileView.class));
        }
        filter(theme, "matching.partners.filter.theme", Theme.values(), value -> getTranslation(value.labelKey()));
        filter(within, "matching.partners.filter.within", new Proximity[] {Proximity.SAME_COMMUNE, Proximity.SAME_EPCI,
                Proximity.SAME_DEPARTMENT, Proximity.SAME_REGION}, value -> getTranslation("matching.within." + value.name()));
        filter(category, "matching.partners.filter.category", Category.values(), value -> getTranslation(value.labelKey()));
        filter(contribution, "matching.partners.filter.contribution", Contribution.values(), value -> getTranslation(value.labelKey()));
        text.setLabel(getTranslation("matching.partners.filter.text"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        TextLimits.limit(text, RecommendationFilter.TEXT_LONGEST);
        text.setClearButtonVisible(true);
        text.addValueChangeListener(change -> refresh());
        var filters = new HorizontalLayout(theme, within, category, contribution, text);
        filters.setWrap(true);
        filters.addClassName("folding-filters");
        add(FiltersToggle.of(new Button(), getTranslation("matching.partners.filters"), filters, "open"), filters, results);
        refresh();
    }

    private <T> void filter(Select<T> select, String labelKey, T[] values, java.util.function.Function<T, String> label) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("—");
        select.setItemLabelGenerator(value -> value == null ? "—" : label.apply(value));
        select.addValueChangeListener(change -> refresh());
    }

    private void refresh() {
        var filter = new RecommendationFilter(theme.getValue(), within.getValue(), category.getValue(), contribution.getValue(), text.getValue());
        if (company) {
            results.showFrom(page -> matching.needsForMe(filter, page));
        } else if (need.getValue() != null) {
            var chosen = need.getValue().id();
            results.showFrom(page -> matching.companiesFor(chosen, filter, page));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.matching.partners") + " · " + getTranslation("app.name");
    }
}
