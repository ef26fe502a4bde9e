/**
 * Edit an article: its title (the lane label) and its publication date. A new date re-reads the
 * article's relative dates ("on Monday", "last month"); events the user edited by hand stay as they are.
 */
import { type FormEvent, useId, useState } from 'react';
import type { Article, TimelineDocument } from '../../../preload/domain';
import { PUBLISHED_AT_SOURCE } from '../app/messages';
import { dateInputProblem } from '../dates/iso-dates';
import { CancelAndAction, InlineError, Modal } from './Modal';
import { usePendingCall } from './use-pending-call';

interface ArticleDialogProps {
  article: Article;
  onClose(): void;
  onSaved(document: TimelineDocument): void;
}

export function ArticleDialog({ article, onClose, onSaved }: ArticleDialogProps) {
  const [title, setTitle] = useState(article.title);
  const [publishedAt, setPublishedAt] = useState(article.publishedAt);
  const { busy, error, clearError, call } = usePendingCall();
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found =
      title.trim() === ''
        ? 'Give the article a title.'
        : dateInputProblem(publishedAt, 'Publication date', true);
    setProblem(found);
    if (found) return;
    await call(async () => {
      const patch = {
        ...(title.trim() !== article.title ? { title: title.trim() } : {}),
        ...(publishedAt.trim() !== article.publishedAt ? { publishedAt: publishedAt.trim() } : {}),
      };
      onSaved(await window.api.updateArticle({ id: article.id, patch }));
      onClose();
    });
  };

  const formId = `${id}-form`;
  return (
    <Modal
      title="Edit article"
      onClose={onClose}
      testId="article-dialog"
      footer={
        <CancelAndAction onCancel={onClose}>
          <button type="submit" form={formId} className="button primary" disabled={busy}>
            Save changes
          </button>
        </CancelAndAction>
      }
    >
      <form id={formId} onSubmit={submit} noValidate>
        <InlineError message={error} onDismiss={clearError} />
        <label className="field" htmlFor={`${id}-title`}>
          <span className="field-label">Title</span>
          <input id={`${id}-title`} value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label className="field" htmlFor={`${id}-date`}>
          <span className="field-label">Published</span>
          <input
            id={`${id}-date`}
            className="date-input"
            value={publishedAt}
            onChange={(e) => setPublishedAt(e.target.value)}
            placeholder="YYYY-MM-DD"
            aria-invalid={problem !== null && title.trim() !== ''}
          />
        </label>
        <p className="hint">
          Now {PUBLISHED_AT_SOURCE[article.publishedAtSource]}. A new date re-reads words like “on Monday” or
          “last month” in the article; events you changed by hand keep their dates.
        </p>
        {problem ? (
          <p className="field-error" role="alert">
            {problem}
          </p>
        ) : null}
      </form>
    </Modal>
  );
}
