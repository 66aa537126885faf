/*
 * The map page with Leaflet: the same boundaries, licences and sites as the server-drawn SVG, from
 * /map.geojson, to pan and zoom, with no tile server and nothing from elsewhere. Without scripts, or if
 * anything here fails, the SVG stays as it is.
 */
(function () {
  'use strict';
  var holder = document.getElementById('leaflet');
  if (!holder || !window.L || !window.fetch) {
    return;
  }
  var colours = { active: '#2e7d32', suspended: '#c77700', expired: '#7a7f85', revoked: '#b3261e' };

  function popup(title, lines, href) {
    var box = document.createElement('div');
    var link = document.createElement('a');
    link.href = href;
    link.textContent = title;
    box.appendChild(link);
    lines.forEach(function (line) {
      var p = document.createElement('div');
      p.textContent = line;
      box.appendChild(p);
    });
    return box;
  }

  function draw(data) {
    var features = data.features || [];
    var of = function (layer) {
      return features.filter(function (f) { return f.properties.layer === layer; });
    };
    holder.hidden = false;
    var figure = document.getElementById('map');
    if (figure) {
      figure.classList.add('replaced');
    }
    var map = L.map(holder, { attributionControl: false, zoomSnap: 0.25, keyboard: true, scrollWheelZoom: false });
    var outlines = L.geoJSON({ type: 'FeatureCollection', features: of('province').concat(of('district')) }, {
      interactive: false,
      style: function (f) {
        return f.properties.layer === 'province'
          ? { className: 'province', color: '#5b6b7c', weight: 1, fillColor: '#fbfbf8', fillOpacity: 1 }
          : { className: 'district', color: '#aab4bf', weight: 0.5, fill: false };
      }
    }).addTo(map);
    of('licence').forEach(function (f) {
      var p = f.properties;
      var lines = [p.holder, p.minerals, p.statusLabel];
      L.geoJSON(f, {
        style: { className: 'area ' + p.status, color: '#1b1f24', weight: 1, fillColor: colours[p.status] || '#7a7f85', fillOpacity: 0.45 }
      }).bindPopup(popup(p.number, lines, p.url)).addTo(map);
      var label = p.number + ' · ' + lines.join(' · ');
      L.marker([p.marker[1], p.marker[0]], {
        title: label, alt: label, keyboard: true,
        icon: L.divIcon({ className: 'pin-icon licence ' + p.status, iconSize: [20, 20] })
      }).bindPopup(popup(p.number, lines, p.url)).addTo(map);
    });
    of('site').forEach(function (f) {
      var p = f.properties;
      var c = f.geometry.coordinates;
      L.marker([c[1], c[0]], {
        title: p.name + ' · ' + p.kind, alt: p.name + ' · ' + p.kind, keyboard: true,
        icon: L.divIcon({ className: 'pin-icon site', iconSize: [10, 10] })
      }).bindPopup(popup(p.name, [p.kind], p.url)).addTo(map);
    });
    var bounds = outlines.getBounds();
    if (bounds.isValid()) {
      map.fitBounds(bounds, { padding: [8, 8] });
    }
    holder.setAttribute('data-ready', 'true');
  }

  fetch(holder.getAttribute('data-features'), { headers: { Accept: 'application/geo+json' }, credentials: 'same-origin' })
    .then(function (reply) {
      if (!reply.ok) {
        throw new Error('map data: ' + reply.status);
      }
      return reply.json();
    })
    .then(draw)
    .catch(function () {
      holder.hidden = true;
    });
}());
