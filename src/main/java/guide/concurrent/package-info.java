/**
 * {@link guide.concurrent.AllCores}: maps a list on every core, each thread taking the next item when it has finished
 * one (rendering, drawing cards, copying images).
 */
package guide.concurrent;
