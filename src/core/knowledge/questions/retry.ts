/** Question shared by several errors: Does your code or library resend automatically after a timeout or network error? */
import type { Question } from '../types';

export const retryQuestion: Question = {
  id: 'retry',
  text: 'Does your code or library resend automatically after a timeout or network error?',
  options: [
    { value: 'yes', label: 'Yes, or I am not sure', ranks: ['auto-retry', 'backend-overloaded'] },
    { value: 'no', label: 'No, it sends once', ranks: ['backend-overloaded', 'auto-retry'] },
  ],
};
