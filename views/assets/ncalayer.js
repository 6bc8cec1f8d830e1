/*
 * NCALayer on the signing and EDS-login pages: the only script a page needs, and only these
 * pages load it. Without it the pages still work (file upload, demo key). It shows the
 * NCALayer form, asks the NCALayer app on this computer (wss://127.0.0.1:13579) for a
 * detached CMS over the base64 document with the key type the form names, puts the result in
 * the form's `cms` field and submits the form as usual. Errors go to the form's live region.
 * No inline handlers, no eval: it runs under the page's Content-Security-Policy.
 */
;(function () {
  'use strict'

  const SOCKET = 'wss://127.0.0.1:13579/'
  const TIMEOUT_MS = 5 * 60 * 1000

  function say(form, key) {
    const region = form.querySelector('[role="status"]')
    if (region) region.textContent = form.getAttribute('data-msg-' + key) || ''
  }

  function sign(form) {
    return new Promise(function (resolve, reject) {
      let socket
      let greeted = false
      let done = false
      try {
        socket = new WebSocket(SOCKET)
      } catch {
        reject('unavailable')
        return
      }
      const timer = setTimeout(function () {
        finish(reject, 'failed')
      }, TIMEOUT_MS)
      function finish(fn, value) {
        if (done) return
        done = true
        clearTimeout(timer)
        try {
          socket.close()
        } catch {
          // already closed
        }
        fn(value)
      }
      socket.onerror = function () {
        finish(reject, greeted ? 'failed' : 'unavailable')
      }
      socket.onclose = function () {
        finish(reject, greeted ? 'failed' : 'unavailable')
      }
      socket.onmessage = function (event) {
        let reply
        try {
          reply = JSON.parse(event.data)
        } catch {
          finish(reject, 'failed')
          return
        }
        if (!greeted) {
          // NCALayer greets with its version before it takes requests.
          greeted = true
          say(form, 'waiting')
          socket.send(JSON.stringify({
            module: 'kz.gov.pki.knca.commonUtils',
            method: 'createCAdESFromBase64',
            args: [
              'PKCS12',
              form.getAttribute('data-key-type'),
              form.getAttribute('data-document'),
              false,
            ],
          }))
          return
        }
        if (reply && String(reply.code) === '200' && typeof reply.responseObject === 'string') {
          finish(resolve, reply.responseObject)
        } else if (reply && /cancel/i.test(String(reply.message))) {
          finish(reject, 'cancelled')
        } else {
          finish(reject, 'failed')
        }
      }
    })
  }

  function attach(form) {
    const section = form.closest('[data-ncalayer]')
    if (section) section.hidden = false
    const button = form.querySelector('button[type="submit"]')
    let busy = false
    form.addEventListener('submit', function (event) {
      event.preventDefault()
      if (busy) return
      busy = true
      if (button) button.setAttribute('aria-disabled', 'true')
      say(form, 'connecting')
      sign(form).then(function (cms) {
        form.querySelector('input[name="cms"]').value = cms
        say(form, 'sending')
        form.submit()
      }, function (reason) {
        busy = false
        if (button) button.removeAttribute('aria-disabled')
        say(form, reason)
      })
    })
  }

  const forms = document.querySelectorAll('form[data-ncalayer-form]')
  for (let i = 0; i < forms.length; i++) attach(forms[i])
})()
