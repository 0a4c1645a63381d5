/**
 * Pictures: the content images ({@link guide.image.ImageCatalog}: their sizes and re-encoded copies, and
 * {@link guide.image.ResponsiveImages}, the pass that gives each {@code <img>} its srcset), and the social cards
 * ({@link guide.image.SocialCards} says which page gets which card, {@link guide.image.CardRenderer} draws it into a
 * 16-colour PNG). The build meets this package through {@code guide.build.SiteImages}.
 */
package guide.image;
