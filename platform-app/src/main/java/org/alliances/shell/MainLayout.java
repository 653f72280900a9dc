package org.alliances.shell;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.alliances.accounts.CurrentMember;
import org.alliances.accounts.EmailProofBanner;
import org.alliances.accounts.EmailVerification;
import org.alliances.kernel.ui.LanguageSwitch;
import org.alliances.kernel.ui.LegalLinks;
import org.alliances.notifications.NotificationBell;
import org.alliances.notifications.NotificationCenter;

/**
 * The frame of every view: a side navigation built from the views the member's role may open, in the order of the
 * journey, each entry with the count of what waits behind it; the organisation's name and role, the notification bell,
 * the language switch and the logout button.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The id of the page's content, where "Aller au contenu" leads. */
    static final String CONTENT_ID = "contenu";

    private final Map<String, SideNavItem> entries = new LinkedHashMap<>();
    private final CurrentMember currentMember;
    private final Waiting waiting;

    public MainLayout(CurrentMember currentMember, NotificationCenter notifications, AuthenticationContext authentication,
                      EmailVerification emailVerification, Waiting waiting) {
        this.currentMember = currentMember;
        this.waiting = waiting;
        var title = new H2(getTranslation("app.name"));
        title.addClassName("app-title");
        var header = new Div();
        header.addClassName("app-header");
        var spacer = new Div();
        spacer.addClassName("spacer");
        // the first stop of the keyboard: straight to the page's content, past the header and the menu
        var skip = new Anchor("#" + CONTENT_ID, getTranslation("action.skip-to-content"));
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        header.add(skip, new DrawerToggle(), title, spacer);
        var top = new Div(header);
        top.addClassName("app-top");
        currentMember.get().ifPresentOrElse(member -> {
            var role = new Span(getTranslation("role." + member.role()));
            role.addClassName("role");
            var who = new Div(new Span(member.organization().name()), role);
            who.addClassName("who");
            var logout = new Button(getTranslation("action.logout"), VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            // on a phone only the icon shows (see styles.css): the name stays the visible text's
            logout.setAriaLabel(getTranslation("action.logout"));
            logout.addClassName("logout");
            header.add(who, new NotificationBell(notifications), new LanguageSwitch(), logout);
            // on a phone the organisation's name moves from the header to the top of the menu
            var whoInMenu = new Div(new Span(member.organization().name()), new Span(getTranslation("role." + member.role())));
            whoInMenu.addClassName("who-in-menu");
            addToDrawer(whoInMenu);
            if (!member.emailProven()) {
                top.add(new EmailProofBanner(member, emailVerification));
            }
        }, () -> {
            var login = new Button(getTranslation("action.login"), click -> getUI().ifPresent(ui -> ui.navigate("login")));
            login.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(new LanguageSwitch(), login);
        });
        addToNavbar(top);
        addToDrawer(navigation(), new LegalLinks());
        setPrimarySection(Section.DRAWER);
    }

    private SideNav navigation() {
        var nav = new SideNav();
        nav.setLabel(getTranslation("menu.label"));
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            entries.put(entry.path().replaceFirst("^/", ""), item);
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        });
        return nav;
    }

    /** Each menu entry with the count of what waits behind it, as of this page. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (getContent() != null) {
            // the page's heading receives the focus: never the view's root, a shadow host that a tabindex of -1 would take,
            // with everything inside it, out of the keyboard's way
            getContent().getElement().executeJs("const heading = this.querySelector('h1'); if (heading) { heading.id = $0; heading.tabIndex = -1; }",
                    CONTENT_ID);
        }
        var counts = currentMember.get().map(waiting::byRoute).orElse(Map.of());
        entries.forEach((route, item) -> {
            var count = counts.getOrDefault(route, 0L);
            if (count > 0) {
                var badge = new Span(String.valueOf(count));
                badge.getElement().getThemeList().add("badge pill small primary");
                item.setSuffixComponent(badge);
            } else {
                item.setSuffixComponent(null);
            }
        });
    }
}
