/**
 * The quiz's checklist: {@link guide.quiz.ChecklistParser} reads one from Markdown, {@link guide.quiz.Checklists}
 * validates every language's version against the source's scoring, and {@link guide.quiz.QuizModel} turns it into
 * the {@link guide.quiz.QuizView} the quiz template shows.
 */
package guide.quiz;
