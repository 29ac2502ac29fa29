import React from 'react'

const StoryNotFound = () => (
  <section aria-labelledby="not-found">
    <h1 id="not-found">Story not found</h1>
    <p>
      There is no published story at this address. It may not have been published yet, or it may
      have moved.
    </p>
    <p>
      <a href="/">See the latest stories</a>
    </p>
  </section>
)

export default StoryNotFound
