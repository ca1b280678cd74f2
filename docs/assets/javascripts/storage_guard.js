/* Keep the site working when the browser will not store anything.

Loaded first in <head> (a classic script), before Material and PMT touch the storage. It puts a
resilient stand-in in front of localStorage and sessionStorage: while the browser stores, every
call goes through to it unchanged; when it is disabled (reading it throws) or full (writing
throws), what cannot be stored is kept in this page's memory instead, so editors, runs and
quizzes work as usual and only their saving is lost. Whatever was stored before stays readable.

The first time something cannot be stored, `window.courseStorage.kept` becomes false and the
`course:storage-not-kept` event is sent on `document`, so the page can say that progress will
not be kept (course_ui.js). */
(function(){
  const PROBE_KEY = "course-storage-probe"

  window.courseStorage = {kept: true}

  function progressNotKept(){
    if(!window.courseStorage.kept) return
    window.courseStorage.kept = false
    document.dispatchEvent(new CustomEvent("course:storage-not-kept"))
  }

  /** The browser's storage if it can be read, else null (storage disabled). */
  function browserStorage(name){
    try{
      const storage = window[name]
      storage.getItem(PROBE_KEY)
      return storage
    }catch(_){
      return null
    }
  }

  /** True when a small write succeeds (false when the storage is full or refuses writes). */
  function acceptsWrites(storage){
    try{
      storage.setItem(PROBE_KEY, "1")
      storage.removeItem(PROBE_KEY)
      return true
    }catch(_){
      return false
    }
  }

  /** A Storage look-alike in front of `browser` (null when disabled). A Proxy, so property
   * access (`store[key] = value`, used by the terminal's history) and `Object.entries(store)`
   * (used by PMT) behave as on the real one. */
  function resilientStorage(browser){
    const unsaved = new Map()     // writes the browser refused, kept for this page only
    const attempt = (action, fallback) => {
      try{ return browser ? action(browser) : fallback }catch(_){ return fallback }
    }
    const keys = () => [...new Set([...attempt(Object.keys, []), ...unsaved.keys()])]
    const api = {
      getItem(key){
        key = String(key)
        return unsaved.has(key) ? unsaved.get(key) : attempt(s => s.getItem(key), null)
      },
      setItem(key, value){
        key = String(key)
        value = String(value)
        try{
          if(!browser) throw new Error("storage disabled")
          browser.setItem(key, value)
          unsaved.delete(key)
        }catch(_){
          unsaved.set(key, value)
          progressNotKept()
        }
      },
      removeItem(key){
        unsaved.delete(String(key))
        attempt(s => s.removeItem(String(key)))
      },
      clear(){
        unsaved.clear()
        attempt(s => s.clear())
      },
      key: index => keys()[index] ?? null,
    }
    return new Proxy({}, {
      get: (_, prop) => prop === "length" ? keys().length
                      : prop in api ? api[prop]
                      : typeof prop === "string" ? api.getItem(prop) ?? undefined
                      : undefined,
      set: (_, prop, value) => { api.setItem(prop, value); return true },
      deleteProperty: (_, prop) => { api.removeItem(prop); return true },
      has: (_, prop) => prop in api || api.getItem(prop) !== null,
      ownKeys: () => keys(),
      getOwnPropertyDescriptor: (_, prop) => {
        const value = api.getItem(prop)
        return value === null ? undefined
             : {value, writable: true, enumerable: true, configurable: true}
      },
    })
  }

  for(const name of ["localStorage", "sessionStorage"]){
    const browser = browserStorage(name)
    if(!browser || !acceptsWrites(browser)) progressNotKept()
    Object.defineProperty(window, name, {
      value: resilientStorage(browser), configurable: true, enumerable: true,
    })
  }
})()
