package org.alliances.accounts.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.alliances.accounts.JoinRequestService;
import org.alliances.kernel.Roles;

/**
 * The requests to join an organisation that the admins decide: contested registrations, requests left 14 days without
 * answer, new agents of a territory. After checking, an admin may hand the organisation to the claimant.
 */
@Route("admin/rattachements")
@Menu(title = "menu.admin.join-requests", order = 90.5, icon = "vaadin:connect")
@RolesAllowed(Roles.ADMIN)
class JoinRequestsView extends VerticalLayout implements HasDynamicTitle {

    final JoinRequestList requests;

    JoinRequestsView(JoinRequestService service) {
        addClassName("page");
        requests = new JoinRequestList(service, service::forAdmins, true, () -> { });
        add(new H1(getTranslation("join.admin.title")), new Paragraph(getTranslation("join.admin.intro")), requests);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("join.admin.title") + " · " + getTranslation("app.name");
    }
}
