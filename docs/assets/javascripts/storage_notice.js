/* One clear, non-blocking notice when the browser will not keep the learner's progress
(storage disabled or full: see storage_guard.js, which keeps the page working meanwhile). */

function showNotice(){
  if(document.querySelector(".storage-notice")) return
  const notice = document.createElement("div")
  notice.className = "admonition warning storage-notice"
  notice.setAttribute("role", "status")
  notice.innerHTML = `
    <p class="admonition-title">Your progress will not be kept</p>
    <p>This browser is not letting the site save anything (its storage is turned off or full).
    Everything on the page still works, but your code and quiz answers will be gone when you
    reload or leave this page.</p>`
  const article = document.querySelector("article.md-content__inner") ?? document.body
  const title = article.querySelector("h1")
  if(title) title.after(notice)
  else article.prepend(notice)
}


export function noticeWhenProgressIsNotKept(){
  if(window.courseStorage?.kept === false) showNotice()
  else document.addEventListener("course:storage-not-kept", showNotice, {once: true})
}
