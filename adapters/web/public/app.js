// gpu-doctor's page script (served from this server; the page works without it): a file dropped anywhere
// on the page is diagnosed at once, copy buttons copy commands, Ctrl+Enter submits the form.
'use strict';
(function () {
  var body = document.body;
  var form = document.getElementById('logform');
  var fileInput = document.getElementById('file');
  var textarea = document.getElementById('log');

  // drop a file: hand it to the form's file input and submit (the server decodes it like the CLI does)
  if (form && fileInput) {
    var depth = 0;
    document.addEventListener('dragenter', function (e) {
      if (!hasFiles(e)) return;
      depth++;
      body.classList.add('dragging');
      body.setAttribute('data-drop-active', body.getAttribute('data-drop') || '');
    });
    document.addEventListener('dragleave', function () {
      depth = Math.max(0, depth - 1);
      if (depth === 0) body.classList.remove('dragging');
    });
    document.addEventListener('dragover', function (e) {
      if (hasFiles(e)) e.preventDefault();
    });
    document.addEventListener('drop', function (e) {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      body.classList.remove('dragging');
      var files = e.dataTransfer.files;
      if (!files || files.length === 0) return;
      var dt = new DataTransfer();
      dt.items.add(files[0]);
      fileInput.files = dt.files;
      if (textarea) textarea.value = '';
      form.requestSubmit ? form.requestSubmit() : form.submit();
    });
  }

  function hasFiles(e) {
    var types = e.dataTransfer && e.dataTransfer.types;
    if (!types) return false;
    for (var i = 0; i < types.length; i++) if (types[i] === 'Files') return true;
    return false;
  }

  // a chosen file wins over pasted text: clear the text so it is clear which one is diagnosed
  if (fileInput && textarea) {
    fileInput.addEventListener('change', function () {
      if (fileInput.files && fileInput.files.length > 0) textarea.value = '';
    });
  }

  if (form && textarea) {
    textarea.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        form.requestSubmit ? form.requestSubmit() : form.submit();
      }
    });
  }

  document.addEventListener('click', function (e) {
    var button = e.target && e.target.closest ? e.target.closest('button.copy') : null;
    if (!button) return;
    copy(button.getAttribute('data-copy-text') || '').then(function () {
      var label = button.textContent;
      button.textContent = body.getAttribute('data-copied') || 'Copied';
      button.classList.add('done');
      setTimeout(function () { button.textContent = label; button.classList.remove('done'); }, 1500);
    });
  });

  // navigator.clipboard needs a secure context (https or localhost); elsewhere fall back to a selection
  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text).catch(function () { return fallbackCopy(text); });
    return Promise.resolve(fallbackCopy(text));
  }

  function fallbackCopy(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'offscreen';
    body.appendChild(area);
    area.select();
    try { document.execCommand('copy'); } catch (err) { /* nothing more to try */ }
    body.removeChild(area);
  }
})();
