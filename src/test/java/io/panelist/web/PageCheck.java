package io.panelist.web;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.panelist.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks every page passes in {@link EveryPageBrowserTest}, on one Chromium of one size: what it finds, each
 * finding naming the size, role and page. Script errors are caught by a listener the browser adds to every document
 * before the page's own scripts run (through the DevTools protocol, so the pages' CSP does not stand in its way).
 */
final class PageCheck {
    static final int TOP_BAR_SHARE = 4;
    static final int PINNED_SHARE = 5;
    static final double SMALLEST_CHART_TEXT = 8;
    private static final Set<String> BLOCKING = Set.of("critical", "serious");
    private static final String CATCH_ERRORS = """
            window.__pageErrors = [];
            addEventListener('error', e => {
              const t = e.target;
              __pageErrors.push(t && t !== window && (t.src || t.href)
                  ? 'could not load ' + (t.src || t.href) : 'script error: ' + e.message + ' at ' + e.filename + ':' + e.lineno);
            }, true);
            addEventListener('unhandledrejection', e => __pageErrors.push('unhandled rejection: ' + (e.reason && (e.reason.stack || e.reason))));
            addEventListener('securitypolicyviolation', e => __pageErrors.push('CSP refused ' + e.violatedDirective + ' ' + e.blockedURI));
            """;
    private static final String OVERFLOW = """
            const width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth <= width) return null;
            const wide = [];
            for (const el of document.body.querySelectorAll('*')) {
              const r = el.getBoundingClientRect();
              if (r.right > width + 1 && r.width > 0) {
                let scrolls = false;
                for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                  const s = getComputedStyle(p);
                  if (['auto', 'scroll', 'hidden', 'clip'].includes(s.overflowX) && p.getBoundingClientRect().right <= width + 1) { scrolls = true; break; }
                }
                if (!scrolls) wide.push(el);
              }
            }
            const innermost = wide.filter(el => !wide.some(other => other !== el && el.contains(other)));
            const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                + (el.classList.length ? '.' + [...el.classList].join('.') : '');
            return 'page is ' + document.documentElement.scrollWidth + ' px wide in a ' + width + ' px window; widest: '
                + innermost.slice(0, 6).map(el => name(el) + ' (to ' + Math.round(el.getBoundingClientRect().right) + ' px)').join(', ');
            """;
    private static final String PINNED = """
            const height = window.innerHeight;
            let worst = null;
            for (const el of document.querySelectorAll('body *')) {
              const position = getComputedStyle(el).position;
              if (position !== 'fixed' && position !== 'sticky') continue;
              const r = el.getBoundingClientRect();
              const covered = Math.min(r.bottom, height) - Math.max(r.top, 0);
              if (r.width > 0 && (!worst || covered > worst.covered)) {
                worst = {covered: Math.round(covered), name: el.tagName.toLowerCase() + (el.className ? '.' + el.className : '')};
              }
            }
            return worst;
            """;
    private static final String CHART_TEXT = """
            const small = [];
            for (const text of document.querySelectorAll('svg text')) {
              const r = text.getBoundingClientRect();
              if (r.width === 0 || r.height === 0 || !text.getScreenCTM()) continue;
              const px = parseFloat(getComputedStyle(text).fontSize) * Math.abs(text.getScreenCTM().d);
              if (px < arguments[0]) small.push('"' + text.textContent.trim().slice(0, 30) + '" at ' + px.toFixed(1) + ' px');
            }
            return small.slice(0, 5);
            """;

    private final Browser browser;
    private final EveryPageBrowserTest.Size size;

    PageCheck(Browser browser, EveryPageBrowserTest.Size size) {
        this.browser = browser;
        this.size = size;
        chrome().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CATCH_ERRORS));
        viewport(size.width());
    }

    /** Signs in afresh as the user with this email, or stays signed out for {@code null}. */
    void signIn(String email) {
        browser.driver().manage().deleteAllCookies();
        if (email == null) {
            return;
        }
        browser.open("/signin?next=/");
        browser.signIn(email, WebTest.DEMO_PASSWORD);
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".who")));
    }

    /** Opens the page and says what is wrong with it, if anything. */
    List<String> page(String role, EveryPageBrowserTest.Page page) {
        String where = size.name() + " " + size.width() + "x" + size.height() + ", " + role + ", " + page.name()
                + " (" + page.path() + "): ";
        List<String> problems = new ArrayList<>();
        browser.open(page.path());
        settle();
        String headline = (String) browser.script("const h = document.querySelector('main h1'); return h ? h.textContent : '';");
        if (browser.findAll("p.problem-detail").size() > 0 && browser.path().startsWith(pathOnly(page.path()))) {
            problems.add(where + "the page answered with an error: " + headline);
        }
        String overflow = (String) browser.script(OVERFLOW);
        if (overflow != null) {
            problems.add(where + "sideways overflow: " + overflow);
        }
        problems.addAll(axe().stream().map(violation -> where + violation).toList());
        if (size.phone()) {
            problems.addAll(phoneChecks(where, role, page));
        }
        @SuppressWarnings("unchecked")
        List<String> smallText = (List<String>) browser.script(CHART_TEXT, SMALLEST_CHART_TEXT);
        if (!smallText.isEmpty()) {
            problems.add(where + "chart text under " + SMALLEST_CHART_TEXT + " px: " + String.join(", ", smallText));
        }
        browser.screenshot("every-page-" + size.name() + "-" + role + "-" + page.name());
        @SuppressWarnings("unchecked")
        List<String> errors = (List<String>) browser.script("return window.__pageErrors || [];");
        errors.forEach(error -> problems.add(where + error));
        return problems;
    }

    private List<String> phoneChecks(String where, String role, EveryPageBrowserTest.Page page) {
        List<String> problems = new ArrayList<>();
        Number topBar = (Number) browser.script(
                "const bar = document.querySelector('.topbar'); return bar ? bar.getBoundingClientRect().height : 0;");
        if (topBar.doubleValue() > size.height() / (double) TOP_BAR_SHARE) {
            problems.add(where + "the top bar is " + topBar.intValue() + " px tall, more than a quarter of "
                    + size.height() + " px");
        }
        if (page.name().equals("scoring")) {
            for (String scroll : List.of("600", "document.documentElement.scrollHeight / 2")) {
                browser.script("window.scrollTo(0, " + scroll + ");");
                @SuppressWarnings("unchecked")
                Map<String, Object> pinned = (Map<String, Object>) browser.script(PINNED);
                if (pinned != null && ((Number) pinned.get("covered")).doubleValue() > size.height() / (double) PINNED_SHARE) {
                    problems.add(where + pinned.get("name") + " stays pinned over " + pinned.get("covered")
                            + " px, more than a fifth of " + size.height() + " px");
                }
            }
            browser.script("window.scrollTo(0, 0);");
        }
        if (page.name().equals("home") && !browser.findAll(".menu > summary").isEmpty()) {
            browser.script("arguments[0].focus();", browser.find(".menu > summary"));
            new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
            if (!browser.find(".menu-nav a").isDisplayed()) {
                problems.add(where + "Enter on the Menu button does not show the links");
            } else {
                browser.screenshot("every-page-" + size.name() + "-" + role + "-menu-open");
                new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
            }
        }
        viewport(EveryPageBrowserTest.NARROWEST);
        String overflow = (String) browser.script(OVERFLOW);
        if (overflow != null) {
            problems.add(where + "sideways overflow at " + EveryPageBrowserTest.NARROWEST + " px: " + overflow);
        }
        viewport(size.width());
        return problems;
    }

    private List<String> axe() {
        // only the violations are read: axe then skips gathering what passed, most of its work on a large page
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        Results results = new AxeBuilder().withOptions(options).disableIframeTesting().analyze(browser.driver());
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (rule.getImpact() != null && BLOCKING.contains(rule.getImpact())) {
                List<String> targets = rule.getNodes().stream().limit(4).map(CheckedNode::getTarget)
                        .map(String::valueOf).toList();
                found.add("axe " + rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") on "
                        + rule.getNodes().size() + " element(s): " + String.join(" ", targets));
            }
        }
        return found;
    }

    /** Waits for the page's htmx requests (an agenda that loads itself, say) to be answered. */
    private void settle() {
        long until = System.currentTimeMillis() + 5000;
        do {
            pause(150);
        } while (System.currentTimeMillis() < until && (Boolean) browser.script(
                "return document.readyState !== 'complete' || !!document.querySelector('.htmx-request');"));
    }

    private void viewport(int width) {
        chrome().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", size.height(), "deviceScaleFactor", 1, "mobile", false));
        pause(50);
    }

    private ChromeDriver chrome() {
        return (ChromeDriver) browser.driver();
    }

    private static String pathOnly(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
