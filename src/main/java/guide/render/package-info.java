/**
 * Rendering one page: {@link guide.render.TemplateRenderer} fills a template with the page's model through JBake's
 * Freemarker engine, without JBake's content database; {@link guide.render.PageSpec} is one output file to render (where
 * it goes, its model, its Markdown and the images that Markdown shows).
 */
package guide.render;
