/**Guards around learner code (filled in by the learner-safety work). */
