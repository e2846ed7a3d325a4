document.getElementById('root')!.textContent = 'CLAIR Desk';
