package hadath.server.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * The precompiled JTE templates (src/main/jte, compiled by jte-maven-plugin): no template compiler and no
 * template files at run time. JTE escapes every {@code ${...}} for HTML; only the article HTML, which
 * {@link hadath.server.view.ArticleHtml} escapes piece by piece, goes in unescaped.
 */
public final class Templates {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    public String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        engine.render(template, params, out);
        return out.toString();
    }
}
