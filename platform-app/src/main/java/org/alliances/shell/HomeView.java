package org.alliances.shell;

import java.text.NumberFormat;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import org.alliances.accounts.AccountService;
import org.alliances.accounts.CurrentMember;
import org.alliances.accounts.SignedInMember;
import org.alliances.kernel.Organization;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.Roles;
import org.alliances.kernel.Territories;
import org.alliances.kernel.Territory;
import org.alliances.kernel.WhatWaits;
import org.alliances.observatory.ObservatoryService;
import org.springframework.beans.factory.ObjectProvider;

/**
 * "Mon espace": where each member lands after login. First what waits for the organisation, the most pressing first,
 * each with its count and a link to act (every module says what waits through the kernel's {@code WhatWaits}); when
 * nothing does, it says so. Then, for a local authority, its territory's headline figures with this month's; the
 * organisation; and the useful next steps.
 */
@Route("")
@Menu(title = "menu.home", order = 0, icon = "vaadin:home")
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle {

    private final Territories territories;
    final UnorderedList waiting = new UnorderedList();
    final Paragraph nothingWaits = new Paragraph();

    HomeView(CurrentMember currentMember, Territories territories, AccountService accounts, Waiting whatWaits,
             ObjectProvider<ObservatoryService> observatory) {
        this.territories = territories;
        addClassName("page");
        var member = currentMember.require();
        var organization = member.organization();
        add(new H1(getTranslation("home.title." + member.role(), organization.name())),
                new Paragraph(getTranslation("home.intro." + member.role())));
        var cards = new Div();
        cards.addClassName("cards");
        cards.add(waitingCard(whatWaits.of(member)));
        if (organization.type() == OrganizationType.LOCAL_AUTHORITY) {
            observatory.ifAvailable(figures -> cards.add(headlinesCard(figures.headlines())));
        }
        cards.add(organizationCard(organization));
        if (organization.type() == OrganizationType.LOCAL_AUTHORITY) {
            territories.territory(organization.territoryLevel(), organization.identifier())
                    .ifPresent(territory -> cards.add(territoryCard(territory, organization)));
        }
        cards.add(nextSteps(member, accounts));
        add(cards);
    }

    private Div waitingCard(List<WhatWaits.Item> items) {
        var card = card("home.waiting");
        items.forEach(item -> {
            var link = new Anchor(item.route(), getTranslation(item.messageKey(), item.count(), item.oldestDays() == null ? 0 : item.oldestDays()));
            waiting.add(new ListItem(link));
        });
        nothingWaits.setText(getTranslation("home.waiting.nothing"));
        nothingWaits.setVisible(items.isEmpty());
        waiting.setVisible(!items.isEmpty());
        card.add(waiting, nothingWaits);
        return card;
    }

    private Div headlinesCard(List<ObservatoryService.Headline> headlines) {
        var card = card("home.headlines");
        var list = new UnorderedList();
        headlines.forEach(headline -> list.add(new ListItem(getTranslation("home.headline." + headline.metric().name(),
                String.valueOf(headline.total()), String.valueOf(headline.thisMonth())))));
        card.add(list, new Anchor("observatoire", getTranslation("home.next.observatory")));
        return card;
    }

    private Div organizationCard(Organization organization) {
        var card = card("home.organization");
        var details = new UnorderedList(
                new ListItem(getTranslation("home.organization.type") + " " + getTranslation(organization.type().labelKey())),
                new ListItem(getTranslation("home.organization.status") + " " + getTranslation(organization.status().labelKey())));
        if (organization.type() == OrganizationType.ASSOCIATION || organization.type() == OrganizationType.COMPANY) {
            details.add(new ListItem(getTranslation("home.organization.identifier") + " " + organization.identifier()));
        }
        territories.commune(organization.communeCode()).ifPresent(commune ->
                details.add(new ListItem(getTranslation("home.organization.commune") + " " + commune.displayName())));
        if (organization.sector() != null) {
            details.add(new ListItem(getTranslation("home.organization.sector") + " " + getTranslation(organization.sector().labelKey())));
        }
        if (organization.sizeBand() != null) {
            details.add(new ListItem(getTranslation("home.organization.size") + " " + getTranslation(organization.sizeBand().labelKey())));
        }
        card.add(details);
        return card;
    }

    private Div territoryCard(Territory territory, Organization organization) {
        var card = card("home.territory");
        var numbers = NumberFormat.getIntegerInstance(getLocale());
        card.add(new Paragraph(getTranslation("home.territory.summary", territory.name(),
                getTranslation(territory.level().labelKey()), numbers.format(territory.population()))));
        var levels = new UnorderedList();
        territories.hierarchy(organization.communeCode()).stream()
                .filter(level -> level.level().ordinal() > territory.level().ordinal())
                .forEach(level -> levels.add(new ListItem(getTranslation(level.level().labelKey()) + " : " + level.name())));
        if (levels.getChildren().findAny().isPresent()) {
            card.add(new Paragraph(getTranslation("home.territory.within")), levels);
        }
        return card;
    }

    private Div nextSteps(SignedInMember member, AccountService accounts) {
        var card = card("home.next");
        var steps = new UnorderedList();
        if (Roles.ADMIN.equals(member.role())) {
            steps.add(new ListItem(new Anchor("admin/comptes", getTranslation("home.next.accounts"))));
        }
        if (!Roles.ADMIN.equals(member.role())) {
            steps.add(new ListItem(new Anchor("diagnostic", getTranslation("home.next.diagnosis"))));
        }
        if (Roles.ASSOCIATION.equals(member.role())) {
            steps.add(new ListItem(new Anchor("besoins/nouveau", getTranslation("home.next.need"))));
        }
        if (Roles.COMPANY.equals(member.role())) {
            steps.add(new ListItem(new Anchor("profil-partenaire", getTranslation("home.next.profile"))));
        }
        if (Roles.ASSOCIATION.equals(member.role()) || Roles.COMPANY.equals(member.role())) {
            steps.add(new ListItem(new Anchor("partenaires", getTranslation("home.next.partners"))));
        }
        if (Roles.LOCAL_AUTHORITY.equals(member.role()) || Roles.ADMIN.equals(member.role())) {
            steps.add(new ListItem(new Anchor("observatoire", getTranslation("home.next.observatory"))));
        }
        steps.add(new ListItem(new Anchor("partenariats", getTranslation("home.next.typology"))));
        steps.add(new ListItem(new Anchor("notifications", getTranslation("home.next.notifications"))));
        card.add(steps);
        return card;
    }

    private Div card(String titleKey) {
        var card = new Div();
        card.addClassName("card");
        card.add(new H2(getTranslation(titleKey)));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.home") + " · " + getTranslation("app.name");
    }
}
